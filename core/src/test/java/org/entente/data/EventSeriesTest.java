package org.entente.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import org.entente.cli.Main;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSeriesTest {

    @TempDir Path dir;

    /** Five Russia-China events, one imported twice, and one event of another pair. */
    static void fill(Store s) throws Exception {
        try (Statement st = s.connection().createStatement()) {
            st.execute("""
                INSERT INTO event (dataset_id, line, origin, event_id, event_date, source_ccode, target_ccode,
                                   cameo_code, root_code, quad_class, is_root_event, goldstein, num_mentions, avg_tone) VALUES
                (1, 1, 'gdelt2', '10', DATE '2001-07-16', 365, 710, '040', '04', 1, TRUE,  4.0, 10, 2.0),
                (1, 2, 'gdelt2', '11', DATE '2001-07-20', 365, 710, '070', '07', 2, FALSE, 7.4,  2, 4.0),
                (1, 3, 'gdelt2', '12', DATE '2001-07-21', 710, 365, '111', '11', 3, TRUE, -2.0,  4, -1.0),
                (2, 1, 'gdelt2', '12', DATE '2001-07-21', 710, 365, '111', '11', 3, TRUE, -2.0,  6, -1.0),
                (1, 4, 'gdelt2', '13', DATE '2001-09-02', 365, 710, '190', '19', 4, TRUE, -9.0,  1, -5.0),
                (1, 5, 'gdelt2', '14', DATE '2001-07-02', 365, 2,   '040', '04', 1, TRUE,  1.0,  1, 0.0)
                """);
        }
    }

    @Test
    void seriesPerDirectionAndMonthCountsDuplicatesOnce() throws Exception {
        try (Store s = Store.inMemory()) {
            fill(s);
            List<EventSeries.Point> p = EventSeries.of(s.connection(), 365, 710, PeriodGrain.MONTH, false);
            assertThat(p).extracting(x -> x.sourceCcode() + ">" + x.targetCcode() + " " + x.period())
                    .containsExactly("365>710 2001-07", "710>365 2001-07", "365>710 2001-09");
            EventSeries.Point july = p.get(0);
            // by hand: events 10 and 11; Goldstein 4.0 + 7.4; weighted (4*10 + 7.4*2) / 12; tone (2 + 4) / 2
            assertThat(july.events()).isEqualTo(2);
            assertThat(july.verbalCooperation()).isEqualTo(1);
            assertThat(july.materialCooperation()).isEqualTo(1);
            assertThat(july.goldsteinSum()).isCloseTo(11.4, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(july.goldsteinMean()).isCloseTo(5.7, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(july.goldsteinMentionsWeighted()).isCloseTo((40 + 14.8) / 12, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(july.averageTone()).isEqualTo(3.0);
            // event 12 was imported twice: counted once, with the copy that has more mentions (6)
            EventSeries.Point back = p.get(1);
            assertThat(back.events()).isEqualTo(1);
            assertThat(back.mentions()).isEqualTo(6);
            assertThat(back.verbalConflict()).isEqualTo(1);

            List<EventSeries.Point> years = EventSeries.of(s.connection(), 710, 365, PeriodGrain.YEAR, true);
            // root events only: 10, 12 and 13 (11 is not a root event)
            assertThat(years).extracting(EventSeries.Point::period, EventSeries.Point::events)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2001", 2L), org.assertj.core.groups.Tuple.tuple("2001", 1L));
        }
    }

    @Test
    void cliPrintsTheSeriesFromTheStore() throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (Store s = Store.open(db)) {
            fill(s);
        }
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("events", "series", "--db", db.toString(), "--by", "quarter", "--format", "csv",
                "365", "710")).isZero();
        // header, 365>710 in 2001-Q3 (July and September), 710>365 in 2001-Q3
        assertThat(out.toString().lines().toList()).hasSize(3)
                .first().asString().startsWith("origin,source_ccode,target_ccode,period,events,");
        assertThat(out.toString()).contains("gdelt2,365,710,2001-Q3,3,1,1,0,1,");

        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("events", "series", "--db", db.toString(), "365", "Atlantis")).isEqualTo(2);
        assertThat(err.toString()).contains("'Atlantis' is neither a COW code nor a state");
    }
}
