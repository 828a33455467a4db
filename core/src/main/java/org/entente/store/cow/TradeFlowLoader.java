package org.entente.store.cow;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.TradeFlow;
import org.entente.source.cow.TradeFlowReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-trade}: COW Dyadic Trade, peacesciencer's 7-column layout or the official
 * 23-column {@code Dyadic_COW_4.0.csv}, into {@code trade_flow}. The official file states its
 * version; for peacesciencer's copy it is inferred from the last year (2014: 4.0).
 */
public final class TradeFlowLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-trade";
    }

    @Override
    public String description() {
        return "COW Dyadic Trade (Dyadic_COW_4.0.csv, or peacesciencer's 7-column copy)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "ccode1", "ccode2", "year") && (c.contains("flow1") || c.contains("smoothflow1"));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        TradeFlowReader reader = new TradeFlowReader(csv);
        int lastYear = Integer.MIN_VALUE;
        String stamp = null;
        long n = 0;
        try (DuckDBAppender app = ctx.appender("trade_flow")) {
            for (TradeFlow t = reader.read(); t != null; t = reader.read()) {
                app.beginRow().append(ctx.datasetId()).append(t.ccode1()).append(t.ccode2()).append(t.year())
                        .append(t.flow1()).append(t.flow2()).append(t.smoothflow1()).append(t.smoothflow2());
                TradeFlow.Official o = t.official();
                if (o == null) {
                    for (int i = 0; i < 16; i++) { // version (set below) and the official-only columns
                        app.appendNull();
                    }
                } else {
                    app.append(o.version()).append(o.importer1()).append(o.importer2()).append(o.smoothtotrade())
                            .append(o.spike1()).append(o.spike2()).append(o.dip1()).append(o.dip2())
                            .append(o.trdspike()).append(o.tradedip()).append(o.belLuxAltFlow1())
                            .append(o.belLuxAltFlow2()).append(o.chinaAltFlow1()).append(o.chinaAltFlow2())
                            .append(o.source1()).append(o.source2());
                    stamp = stamp == null ? o.version() : stamp;
                }
                app.endRow();
                lastYear = Math.max(lastYear, t.year());
                n++;
            }
        }
        String version = stamp;
        if (!reader.official() && n > 0) {
            version = Coverage.trade(lastYear);
            ctx.note(version == null
                    ? "the file has no version column and its last year (" + lastYear + ") matches no release"
                    : "Dyadic Trade version " + version + ", inferred from the last year covered (" + lastYear + ")");
            if (version != null) {
                try (PreparedStatement ps = ctx.prepare("UPDATE trade_flow SET version = ? WHERE dataset_id = ?")) {
                    ps.setString(1, version);
                    ps.setInt(2, ctx.datasetId());
                    ps.executeUpdate();
                }
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.trade(version)
                + (reader.official() ? "" : " As redistributed by peacesciencer: " + CowCitations.PEACESCIENCER));
        return n;
    }
}
