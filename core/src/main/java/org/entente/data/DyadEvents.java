package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A pair's events by year and origin (GDELT, ICEWS), both directions together: how many, their
 * mean Goldstein score (-10 hostile .. +10 cooperative; Goldstein 1992) and the share that are
 * cooperative (CAMEO QuadClass 1 or 2). Origins are kept apart because their coverage differs.
 * An event id imported twice (GDELT repeats ids across update files) counts once, as in
 * {@code EventSeries} on the events branch, which this can give way to once merged.
 */
public final class DyadEvents {

    private DyadEvents() {}

    public record Year(String origin, int year, long events, Double meanGoldstein, Double cooperativeShare,
            List<Integer> datasetIds) {}

    public static List<Year> of(Connection c, int a, int b, int from, int to) throws SQLException {
        String sql = """
                WITH pair AS (
                    SELECT * FROM event
                    WHERE ((source_ccode = ? AND target_ccode = ?) OR (source_ccode = ? AND target_ccode = ?))
                      AND year(event_date) BETWEEN ? AND ?
                    QUALIFY row_number() OVER (
                        PARTITION BY origin, coalesce(event_id, CAST(dataset_id AS VARCHAR) || ':' || CAST(line AS VARCHAR))
                        ORDER BY num_mentions DESC NULLS LAST, dataset_id, line) = 1)
                SELECT origin, year(event_date) AS y, count(*), avg(goldstein),
                       avg(CASE WHEN quad_class IN (1, 2) THEN 1.0 WHEN quad_class IN (3, 4) THEN 0.0 END),
                       list(DISTINCT dataset_id ORDER BY dataset_id)
                FROM pair
                GROUP BY origin, y ORDER BY y, origin""";
        List<Year> out = new ArrayList<>();
        try (PreparedStatement ps = LoadedData.prepare(c, sql, a, b, b, a, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Year(rs.getString(1), rs.getInt(2), rs.getLong(3), (Double) rs.getObject(4),
                        (Double) rs.getObject(5), DyadAlliances.ints(rs.getArray(6))));
            }
        }
        return out;
    }
}
