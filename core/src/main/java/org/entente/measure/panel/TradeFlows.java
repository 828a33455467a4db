package org.entente.measure.panel;

import java.sql.SQLException;
import java.util.Map;

import org.entente.data.DatasetInfo;

/** COW dyadic trade as directed rows ({@code p_trade}), once per unordered pair ({@code p_trade_pair}, for the
 * dyad panel), and each state's total ({@code p_trade_total}). */
final class TradeFlows {

    private TradeFlows() {}

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("trade", () -> {
            DatasetInfo d = Datasets.latest(ctx.connection, "trade_flow").orElseThrow(() -> new MissingDataException(
                    "no COW Dyadic Trade data is loaded; import Dyadic_COW_4.0.csv (or the peacesciencer extract) first"));
            ctx.use(Source.TRADE, d);
            ctx.coverage(Source.TRADE, ctx.range("SELECT min(year), max(year) FROM trade_flow WHERE dataset_id = " + d.id()));
            ctx.run("trade.sql", Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
        });
    }
}
