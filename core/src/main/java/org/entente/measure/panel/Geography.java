package org.entente.measure.panel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.data.DatasetInfo;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.measure.BalanceOfThreat;
import org.entente.measure.GreatCircle;

/**
 * Contiguity ({@code p_contig}) and capital-to-capital distance ({@code p_capital}: the capital
 * of each state-year; {@code p_capdist}: the distance between every two capitals, by
 * {@link GreatCircle}). Distances are computed once per pair of capitals, not per dyad-year.
 */
final class Geography {

    private Geography() {}

    static void prepareContiguity(BuildContext ctx) throws SQLException {
        ctx.once("contiguity", () -> {
            DatasetInfo d = Datasets.latest(ctx.connection, "contiguity").orElseThrow(() -> new MissingDataException(
                    "no COW Direct Contiguity data is loaded; import contdir (e.g. contdir-3.2-peacesciencer.csv) first"));
            ctx.use(Source.CONTIGUITY, d);
            ctx.coverage(Source.CONTIGUITY, ctx.range("SELECT min(year(start_date)), max(year(end_date)) FROM contiguity"
                    + " WHERE dataset_id = " + d.id()));
            ctx.run("contiguity.sql", Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last,
                    "score", BalanceOfThreat.contiguityScoreSql("conttype")));
        });
    }

    static void prepareDistance(BuildContext ctx) throws SQLException {
        ctx.once("distance", () -> {
            DatasetInfo d = Datasets.latest(ctx.connection, "capital").orElseThrow(() -> new MissingDataException(
                    "no capitals are loaded; import capitals-peacesciencer.csv first"));
            ctx.use(Source.CAPITALS, d);
            ctx.run("capitals.sql", Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
            writeDistances(ctx);
        });
    }

    private static void writeDistances(BuildContext ctx) throws SQLException {
        List<double[]> caps = new ArrayList<>();
        try (Statement st = ctx.connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT cap, lat, lon FROM p_capital_row ORDER BY cap")) {
            while (rs.next()) {
                caps.add(new double[] {rs.getInt(1), rs.getDouble(2), rs.getDouble(3)});
            }
        }
        ctx.execute("CREATE OR REPLACE TEMP TABLE p_capdist_km (cap1 INTEGER, cap2 INTEGER, km DOUBLE)");
        try (DuckDBAppender out = ctx.connection.unwrap(DuckDBConnection.class)
                .createAppender("temp", "main", "p_capdist_km")) {
            for (double[] a : caps) {
                for (double[] b : caps) {
                    out.beginRow();
                    out.append((int) a[0]);
                    out.append((int) b[0]);
                    out.append(GreatCircle.km(a[1], a[2], b[1], b[2]));
                    out.endRow();
                }
            }
        }
        // with the distance score of the threat index, computed once per pair of capitals
        ctx.execute("CREATE OR REPLACE TEMP TABLE p_capdist AS SELECT cap1, cap2, km, "
                + BalanceOfThreat.distanceScoreSql("km") + " AS dscore FROM p_capdist_km");
    }
}
