package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.data.ArmsMarketShares;

import org.entente.data.DatasetInfo;

/**
 * SIPRI TIV flows per directed pair and year ({@code p_tiv}), each state's totals
 * ({@code p_arms_total}) and the suppliers whose flows are known ({@code p_arms_supplier}).
 * The source is {@link PanelRequest#armsSource()} or, by default, the one {@link
 * ArmsMarketShares#choose} picks for the panel's years: the same rule as every other view.
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
            ArmsMarketShares.FlowSource chosen = ArmsMarketShares.choose(c, ctx.first, ctx.last,
                    asked == null ? null : asked.basis).orElseThrow(() -> new MissingDataException(
                            "no SIPRI arms transfer data is loaded; import the trade register or TIV export tables first"));
            ArmsSource source = ArmsSource.of(chosen.basis());
            ctx.armsSource = source;
            for (int id : chosen.datasetIds()) {
                ctx.use(Source.ARMS, Datasets.byId(c, id).orElseThrow());
            }
            String datasets = chosen.datasetIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
            ctx.run(switch (source) {
                case TABLES -> "arms-tables.sql";
                case DELIVERIES -> "arms-deliveries.sql";
                case REGISTER -> "arms-register.sql";
            }, Map.of("datasets", datasets, "first", ctx.first, "last", ctx.last));
            ctx.coverage(Source.ARMS, chosen.coverage());
            ctx.note(Source.ARMS, source.description() + (source == ArmsSource.TABLES
                    ? "; a supplier without a loaded table has unknown (empty) flows" : ""));
            ctx.run("arms-flows.sql", Map.of());
        });
    }
}
