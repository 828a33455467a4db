package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A pair's event series from the store's {@code event} table (filled by the event importers): per
 * origin, direction and period, the events per QuadClass, the Goldstein sum and means and the average
 * tone. The same measures as {@code entente events aggregate} writes from raw files, for the pairs a
 * user has imported; the assessment's rhetoric barometer and the report read it through {@link #of}.
 *
 * <p>An event id imported twice (GDELT repeats ids across update files) counts once: the copy with
 * the most mentions is kept.
 */
public final class EventSeries {

    /** One period of one direction; means and tone are null where the source has no such field. */
    public record Point(String origin, int sourceCcode, int targetCcode, String period, long events,
            long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict,
            double goldsteinSum, Double goldsteinMean, Double goldsteinMentionsWeighted, Long mentions,
            Double averageTone) {}

    private EventSeries() {}

    /** The query; parameters are the two COW codes, {@code a, b, b, a}. */
    public static String sql(PeriodGrain by, boolean rootOnly) {
        return """
                WITH pair AS (
                    SELECT * FROM event
                    WHERE ((source_ccode = ? AND target_ccode = ?) OR (source_ccode = ? AND target_ccode = ?))
                      %s
                    QUALIFY row_number() OVER (
                        PARTITION BY origin, coalesce(event_id, CAST(dataset_id AS VARCHAR) || ':' || CAST(line AS VARCHAR))
                        ORDER BY num_mentions DESC NULLS LAST, dataset_id, line) = 1
                )
                SELECT origin,
                       source_ccode,
                       target_ccode,
                       %s AS period,
                       count(*) AS events,
                       count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                       count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                       coalesce(sum(goldstein), 0) AS goldstein_sum,
                       avg(goldstein) AS goldstein_mean,
                       sum(goldstein * num_mentions) / nullif(sum(num_mentions) FILTER (WHERE goldstein IS NOT NULL), 0)
                           AS goldstein_mentions_weighted,
                       sum(num_mentions) AS mentions,
                       avg(avg_tone) AS avg_tone
                FROM pair
                GROUP BY ALL
                ORDER BY origin, period, source_ccode, target_ccode
                """.formatted(rootOnly ? "AND is_root_event" : "",
                by.sql("year(event_date)", "month(event_date)"));
    }

    /** The series as an open statement; the caller closes it. */
    static PreparedStatement prepare(Connection c, int a, int b, PeriodGrain by, boolean rootOnly)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql(by, rootOnly));
        ps.setInt(1, a);
        ps.setInt(2, b);
        ps.setInt(3, b);
        ps.setInt(4, a);
        return ps;
    }

    /** The series as printable rows, read whole (a pair's series is small). */
    static Rows rows(Connection c, int a, int b, PeriodGrain by, boolean rootOnly) throws SQLException {
        try (PreparedStatement ps = prepare(c, a, b, by, rootOnly); ResultSet rs = ps.executeQuery()) {
            Rows cursor = Rows.of(rs);
            List<List<Object>> all = new ArrayList<>();
            while (cursor.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < cursor.columns().size(); i++) {
                    row.add(cursor.get(i));
                }
                all.add(row);
            }
            return Rows.of(cursor.columns(), all);
        }
    }

    public static List<Point> of(Connection c, int a, int b, PeriodGrain by, boolean rootOnly) throws SQLException {
        List<Point> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, a, b, by, rootOnly); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Point(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getDouble(10),
                        (Double) rs.getObject(11, Double.class), rs.getObject(12, Double.class),
                        rs.getObject(13) == null ? null : ((Number) rs.getObject(13)).longValue(),
                        rs.getObject(14, Double.class)));
            }
        }
        return out;
    }
}
