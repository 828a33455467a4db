package org.entente.measure.panel;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * SIPRI TIV flows per directed pair and year ({@code p_tiv}), each state's totals
 * ({@code p_arms_total}) and the suppliers whose flows are known ({@code p_arms_supplier}).
 * The source is {@link PanelRequest#armsSource()} or, by default, the first loaded in
 * {@link ArmsSource} order.
 */
final class ArmsFlows {

    private ArmsFlows() {}

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("arms", () -> {
            var c = ctx.connection;
            ArmsSource chosen = ctx.request.armsSource();
            if (chosen == null) {
                for (ArmsSource s : ArmsSource.values()) {
                    if (Datasets.latest(c, s.table).isPresent()) {
                        chosen = s;
                        break;
                    }
                }
            }
            if (chosen == null || Datasets.latest(c, chosen.table).isEmpty()) {
                throw new MissingDataException(chosen == null
                        ? "no SIPRI arms transfer data is loaded; import the trade register or TIV export tables first"
                        : "no " + chosen.description() + " are loaded (table " + chosen.table + ")");
            }
            ctx.armsSource = chosen;
            Coverage cov;
            if (chosen == ArmsSource.TABLES) {
                List<DatasetInfo> all = Datasets.loaded(c, "tiv_flow");
                all.forEach(d -> ctx.use(Source.ARMS, d));
                cov = ctx.range("SELECT min(year), max(year) FROM tiv_flow");
                ctx.run("arms-tables.sql", Map.of("first", ctx.first, "last", ctx.last));
            } else {
                DatasetInfo d = Datasets.latest(c, chosen.table).orElseThrow();
                ctx.use(Source.ARMS, d);
                cov = chosen == ArmsSource.DELIVERIES
                        ? ctx.range("SELECT min(year), max(year) FROM arms_delivery WHERE dataset_id = " + d.id())
                        : ctx.range("SELECT min(y), max(y) FROM (SELECT unnest(delivery_years) AS y FROM arms_deal"
                                + " WHERE dataset_id = " + d.id() + ")");
                ctx.run(chosen == ArmsSource.DELIVERIES ? "arms-deliveries.sql" : "arms-register.sql",
                        Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
            }
            ctx.coverage(Source.ARMS, cov);
            ctx.note(Source.ARMS, chosen.description()
                    + (chosen == ArmsSource.TABLES ? "; a supplier without a loaded table has unknown (empty) flows" : ""));
            ctx.run("arms-flows.sql", Map.of());
        });
    }
}
