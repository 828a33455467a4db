package org.entente.measure.panel;

import java.sql.SQLException;
import java.util.Map;

/**
 * SIPRI TIV flows per directed pair and year ({@code p_tiv}), each state's totals
 * ({@code p_arms_total}) and the suppliers whose flows are known ({@code p_arms_supplier}).
 * The source is {@link PanelRequest#armsSource()} or, by default, the loaded source that covers
 * the panel's years, preferring {@link ArmsSource} order.
 */
final class ArmsFlows {

    private ArmsFlows() {}

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("arms", () -> {
            var c = ctx.connection;
            ArmsSource chosen = ctx.request.armsSource();
            if (chosen != null && Datasets.latest(c, chosen.table).isEmpty()) {
                throw new MissingDataException("no " + chosen.description() + " are loaded (table " + chosen.table + ")");
            }
            if (chosen == null) {
                chosen = best(ctx);
            }
            ctx.armsSource = chosen;
            Coverage cov = coverage(ctx, chosen);
            if (chosen == ArmsSource.TABLES) {
                Datasets.loaded(c, "tiv_flow").forEach(d -> ctx.use(Source.ARMS, d));
                ctx.run("arms-tables.sql", Map.of("first", ctx.first, "last", ctx.last));
            } else {
                DatasetInfo d = Datasets.latest(c, chosen.table).orElseThrow();
                ctx.use(Source.ARMS, d);
                ctx.run(chosen == ArmsSource.DELIVERIES ? "arms-deliveries.sql" : "arms-register.sql",
                        Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
            }
            ctx.coverage(Source.ARMS, cov);
            ctx.note(Source.ARMS, chosen.description()
                    + (chosen == ArmsSource.TABLES ? "; a supplier without a loaded table has unknown (empty) flows" : ""));
            ctx.run("arms-flows.sql", Map.of());
        });
    }

    /**
     * Of the loaded sources, the first in {@link ArmsSource} order that covers all the panel's
     * years; if none does, the one that covers most of them (earlier in that order on a tie). So
     * a 1990-2001 panel uses the full register rather than the detailed export, which starts in 2000.
     */
    private static ArmsSource best(BuildContext ctx) throws SQLException {
        ArmsSource best = null;
        int bestYears = -1;
        for (ArmsSource s : ArmsSource.values()) {
            if (Datasets.latest(ctx.connection, s.table).isEmpty()) {
                continue;
            }
            Coverage cov = coverage(ctx, s);
            int years = cov == null ? 0
                    : Math.max(0, Math.min(cov.last(), ctx.last) - Math.max(cov.first(), ctx.first) + 1);
            if (years == ctx.last - ctx.first + 1) {
                return s;
            }
            if (years > bestYears) {
                best = s;
                bestYears = years;
            }
        }
        if (best == null) {
            throw new MissingDataException(
                    "no SIPRI arms transfer data is loaded; import the trade register or TIV export tables first");
        }
        return best;
    }

    /** The delivery years a source holds (its latest dataset; all tables for TIV tables). */
    private static Coverage coverage(BuildContext ctx, ArmsSource s) throws SQLException {
        if (s == ArmsSource.TABLES) {
            return ctx.range("SELECT min(year), max(year) FROM tiv_flow");
        }
        int id = Datasets.latest(ctx.connection, s.table).orElseThrow().id();
        return s == ArmsSource.DELIVERIES
                ? ctx.range("SELECT min(year), max(year) FROM arms_delivery WHERE dataset_id = " + id)
                : ctx.range("SELECT min(y), max(y) FROM (SELECT unnest(delivery_years) AS y FROM arms_deal"
                        + " WHERE dataset_id = " + id + ")");
    }
}
