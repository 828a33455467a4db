package org.entente.measure.panel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * SIPRI TIV flows per directed pair and year ({@code p_tiv}), each state's totals
 * ({@code p_arms_total}) and the suppliers whose flows are known ({@code p_arms_supplier}).
 * The source is {@link PanelRequest#armsSource()} or, by default, the loaded source that covers
 * the panel's years, preferring {@link ArmsSource} order.
 */
final class ArmsFlows {

    private ArmsFlows() {}

    /** A source and, for the registers, which of the loaded register datasets. */
    private record Choice(ArmsSource source, DatasetInfo dataset, Coverage coverage) {}

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("arms", () -> {
            var c = ctx.connection;
            ArmsSource asked = ctx.request.armsSource();
            if (asked != null && Datasets.latest(c, asked.table).isEmpty()) {
                throw new MissingDataException("no " + asked.description() + " are loaded (table " + asked.table + ")");
            }
            Choice chosen = best(ctx, asked);
            ctx.armsSource = chosen.source();
            if (chosen.source() == ArmsSource.TABLES) {
                Datasets.loaded(c, "tiv_flow").forEach(d -> ctx.use(Source.ARMS, d));
                ctx.run("arms-tables.sql", Map.of("first", ctx.first, "last", ctx.last));
            } else {
                ctx.use(Source.ARMS, chosen.dataset());
                ctx.run(chosen.source() == ArmsSource.DELIVERIES ? "arms-deliveries.sql" : "arms-register.sql",
                        Map.of("dataset", chosen.dataset().id(), "first", ctx.first, "last", ctx.last));
            }
            ctx.coverage(Source.ARMS, chosen.coverage());
            ctx.note(Source.ARMS, chosen.source().description() + (chosen.source() == ArmsSource.TABLES
                    ? "; a supplier without a loaded table has unknown (empty) flows" : ""));
            ctx.run("arms-flows.sql", Map.of());
        });
    }

    /**
     * Of the loaded sources (only {@code asked}, if given), the first in {@link ArmsSource} order,
     * newest dataset first, that covers all the panel's years; if none does, the one covering most
     * of them (the earlier on a tie). So a 1990-2001 panel uses the full register, not the
     * detailed export that starts in 2000, though both fill the deal table.
     */
    private static Choice best(BuildContext ctx, ArmsSource asked) throws SQLException {
        Choice best = null;
        int bestYears = -1;
        for (Choice candidate : candidates(ctx, asked)) {
            Coverage cov = candidate.coverage();
            int years = cov == null ? 0
                    : Math.max(0, Math.min(cov.last(), ctx.last) - Math.max(cov.first(), ctx.first) + 1);
            if (years == ctx.last - ctx.first + 1) {
                return candidate;
            }
            if (years > bestYears) {
                best = candidate;
                bestYears = years;
            }
        }
        if (best == null) {
            throw new MissingDataException(
                    "no SIPRI arms transfer data is loaded; import the trade register or TIV export tables first");
        }
        return best;
    }

    /** The delivery years each loaded source holds: all TIV tables together, each register dataset apart. */
    private static List<Choice> candidates(BuildContext ctx, ArmsSource asked) throws SQLException {
        List<Choice> out = new ArrayList<>();
        for (ArmsSource s : ArmsSource.values()) {
            if (asked != null && s != asked) {
                continue;
            }
            if (s == ArmsSource.TABLES) {
                if (Datasets.latest(ctx.connection, s.table).isPresent()) {
                    out.add(new Choice(s, null, ctx.range("SELECT min(year), max(year) FROM tiv_flow")));
                }
                continue;
            }
            List<DatasetInfo> loaded = new ArrayList<>(Datasets.loaded(ctx.connection, s.table));
            Collections.reverse(loaded);
            for (DatasetInfo d : loaded) {
                out.add(new Choice(s, d, s == ArmsSource.DELIVERIES
                        ? ctx.range("SELECT min(year), max(year) FROM arms_delivery WHERE dataset_id = " + d.id())
                        : ctx.range("SELECT min(y), max(y) FROM (SELECT unnest(delivery_years) AS y FROM arms_deal"
                                + " WHERE dataset_id = " + d.id() + ")")));
            }
        }
        return out;
    }
}
