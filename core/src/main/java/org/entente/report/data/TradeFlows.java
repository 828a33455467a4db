package org.entente.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bilateral trade of a pair by year from COW Dyadic Trade ({@code trade_flow}), in current US$
 * million: each side's imports from the other and their sum. Rows are undirected as published, so
 * the pair is read whichever way round it is stored. Only the newest trade dataset is read.
 */
public final class TradeFlows {

    public static final String UNIT = "current US$ million";

    /** {@code importsOfA} = A's imports from B (COW's flow for A), and the reverse; {@code total} their sum. */
    public record Result(YearSeries total, YearSeries importsOfA, YearSeries importsOfB) {}

    private final Connection connection;

    public TradeFlows(Connection connection) {
        this.connection = connection;
    }

    public Result read(State a, State b, int fromYear, int toYear) throws SQLException {
        String sql = """
                WITH newest AS (SELECT max(dataset_id) AS id FROM trade_flow)
                SELECT year,
                       CASE WHEN ccode1 = ? THEN flow1 ELSE flow2 END AS a_imports,
                       CASE WHEN ccode1 = ? THEN flow2 ELSE flow1 END AS b_imports,
                       dataset_id
                FROM trade_flow, newest
                WHERE dataset_id = newest.id
                  AND ((ccode1 = ? AND ccode2 = ?) OR (ccode1 = ? AND ccode2 = ?))
                  AND year BETWEEN ? AND ?
                ORDER BY year""";
        List<YearSeries.Point> total = new ArrayList<>();
        List<YearSeries.Point> ia = new ArrayList<>();
        List<YearSeries.Point> ib = new ArrayList<>();
        List<Integer> datasets = new ArrayList<>();
        int lastYear = Integer.MIN_VALUE;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            ps.setInt(i++, a.ccode());
            ps.setInt(i++, a.ccode());
            ps.setInt(i++, a.ccode());
            ps.setInt(i++, b.ccode());
            ps.setInt(i++, b.ccode());
            ps.setInt(i++, a.ccode());
            ps.setInt(i++, fromYear);
            ps.setInt(i, toYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(1);
                    if (year == lastYear) {
                        continue; // the dyad stored both ways round: the first row is the published one
                    }
                    lastYear = year;
                    Double x = (Double) rs.getObject(2);
                    Double y = (Double) rs.getObject(3);
                    if (x != null) {
                        ia.add(new YearSeries.Point(year, x));
                    }
                    if (y != null) {
                        ib.add(new YearSeries.Point(year, y));
                    }
                    if (x != null && y != null) {
                        total.add(new YearSeries.Point(year, x + y));
                    }
                    if (datasets.isEmpty()) {
                        datasets.add(rs.getInt(4));
                    }
                }
            }
        }
        String basis = "COW Dyadic Trade (trade_flow), newest dataset loaded; total = flow1 + flow2 where both are published";
        String pair = a.abbrev() + "-" + b.abbrev();
        return new Result(
                new YearSeries("trade-total-" + pair, "Trade " + a.abbrev() + "–" + b.abbrev() + ", both ways", UNIT,
                        total, datasets, basis),
                new YearSeries("trade-imports-" + a.abbrev(), a.abbrev() + " imports from " + b.abbrev(), UNIT, ia,
                        datasets, basis),
                new YearSeries("trade-imports-" + b.abbrev(), b.abbrev() + " imports from " + a.abbrev(), UNIT, ib,
                        datasets, basis));
    }
}
