package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bilateral trade of a pair and each party's total trade by year from COW Dyadic Trade (current
 * million US$; rows undirected, flow1 = imports of ccode1 from ccode2), from the latest import.
 * Total trade is the sum of a state's imports and exports over all its dyads.
 */
public final class DyadTrade {

    /** The rule every trade figure follows, as outputs name it. */
    public static final String RULE = "COW Dyadic Trade (trade_flow), newest release loaded; total = flow1 + flow2"
            + " where both are published";

    private DyadTrade() {}

    /**
     * One year: {@code aImports} (a from b), {@code bImports} (b from a), {@code total} = their sum
     * where both are published (a missing flow is unknown, not zero; a dyad stored both ways round
     * is read once, as COW publishes it, lower code first), and each party's total trade with the world; nulls where the data say missing.
     */
    public record Year(int year, Double aImports, Double bImports, Double total, Double aWorld, Double bWorld) {}

    public record Series(int datasetId, List<Year> years) {}

    public static Optional<Series> of(Connection c, int a, int b, int from, int to) throws SQLException {
        Optional<Integer> ds = LoadedData.latest(c, "trade_flow");
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        String sql = """
                WITH t AS (SELECT * FROM trade_flow WHERE dataset_id = ? AND year BETWEEN ? AND ?),
                dyad AS (SELECT year,
                           CASE WHEN ccode1 = ? THEN flow1 ELSE flow2 END AS a_imp,
                           CASE WHEN ccode1 = ? THEN flow2 ELSE flow1 END AS b_imp
                         FROM t WHERE (ccode1 = ? AND ccode2 = ?) OR (ccode1 = ? AND ccode2 = ?)
                         QUALIFY row_number() OVER (PARTITION BY year ORDER BY ccode1 < ccode2 DESC) = 1),
                world AS (SELECT year,
                           sum(CASE WHEN ccode1 = ? OR ccode2 = ? THEN coalesce(flow1, 0) + coalesce(flow2, 0) END) AS a_w,
                           sum(CASE WHEN ccode1 = ? OR ccode2 = ? THEN coalesce(flow1, 0) + coalesce(flow2, 0) END) AS b_w
                         FROM t WHERE ccode1 IN (?, ?) OR ccode2 IN (?, ?) GROUP BY year)
                SELECT w.year, d.a_imp, d.b_imp, w.a_w, w.b_w
                FROM world w LEFT JOIN dyad d USING (year) ORDER BY w.year""";
        List<Year> years = new ArrayList<>();
        try (PreparedStatement ps = LoadedData.prepare(c, sql, ds.get(), from, to, a, a, a, b, b, a, a, a, b, b, a, b, a, b);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Double ai = (Double) rs.getObject(2);
                Double bi = (Double) rs.getObject(3);
                Double total = ai == null || bi == null ? null : ai + bi;
                years.add(new Year(rs.getInt(1), ai, bi, total, (Double) rs.getObject(4), (Double) rs.getObject(5)));
            }
        }
        return Optional.of(new Series(ds.get(), years));
    }

    /** A state's imports and exports with the world in one year (current million US$). */
    public record WorldTrade(int year, double imports, double exports, long rows) {}

    /** {@code party}'s world trade by year in [from, to], summed over its dyads; empty if trade is not loaded. */
    public static Optional<List<WorldTrade>> world(Connection c, int party, int from, int to) throws SQLException {
        Optional<Integer> ds = LoadedData.latest(c, "trade_flow");
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        String sql = """
                SELECT year,
                       sum(CASE WHEN ccode1 = ? THEN coalesce(flow1, 0) ELSE coalesce(flow2, 0) END),
                       sum(CASE WHEN ccode1 = ? THEN coalesce(flow2, 0) ELSE coalesce(flow1, 0) END),
                       count(*)
                FROM trade_flow WHERE dataset_id = ? AND (ccode1 = ? OR ccode2 = ?) AND year BETWEEN ? AND ?
                GROUP BY year ORDER BY year""";
        List<WorldTrade> out = new ArrayList<>();
        try (PreparedStatement ps = LoadedData.prepare(c, sql, party, party, ds.get(), party, party, from, to);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new WorldTrade(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)));
            }
        }
        return Optional.of(out);
    }

    /** The dataset {@link #world} reads, if trade is loaded. */
    public static Optional<Integer> dataset(Connection c) throws SQLException {
        return LoadedData.latest(c, "trade_flow");
    }
}
