package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.SQLException;
import java.util.Map;

/**
 * Event counts and Goldstein sums per directed pair and year ({@code p_event}) and per state
 * ({@code p_event_total}), over every loaded event file. Coverage is the span of event dates
 * loaded: inside it a pair with no event has zero events.
 */
final class EventCounts {

    private EventCounts() {}

    static boolean loaded(BuildContext ctx) throws SQLException {
        return !Datasets.loaded(ctx.connection, "event").isEmpty();
    }

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("events", () -> {
            var all = Datasets.loaded(ctx.connection, "event");
            if (all.isEmpty()) {
                throw new MissingDataException("no event data is loaded; import GDELT or ICEWS event files first");
            }
            all.forEach(d -> ctx.use(Source.EVENTS, d));
            ctx.coverage(Source.EVENTS, ctx.range("SELECT min(year(event_date)), max(year(event_date)) FROM event"));
            ctx.note(Source.EVENTS, "events between two resolved states; an event id repeated across files counts once");
            ctx.run("events.sql", Map.of("first", ctx.first, "last", ctx.last));
        });
    }
}
