package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state's National Material Capabilities by year, as published (CINC as the dataset gives it;
 * milex in thousands of current US$, tpop in thousands), from the latest NMC import.
 */
public final class CapabilitySeries {

    /** The rule every CINC figure follows, as outputs name it. */
    public static final String RULE = "COW NMC (capability.cinc as published), newest release loaded";

    private CapabilitySeries() {}

    /** One state-year; null where the source says missing. */
    public record Point(int year, Double cinc, Double tpop, Double milex, Double milper) {}

    public record Series(int datasetId, int ccode, List<Point> points) {
        /** The last point at or before {@code year} with a non-null CINC. */
        public Optional<Point> cincAtOrBefore(int year) {
            return points.stream().filter(p -> p.year() <= year && p.cinc() != null).reduce((x, y) -> y);
        }

        /** The first point at or after {@code year} with a non-null CINC. */
        public Optional<Point> cincAtOrAfter(int year) {
            return points.stream().filter(p -> p.year() >= year && p.cinc() != null).findFirst();
        }
    }

    /** The series for {@code ccode} in [from, to]; empty when no NMC data are loaded. */
    public static Optional<Series> of(Connection c, int ccode, int from, int to) throws SQLException {
        Optional<Integer> ds = LoadedData.latest(c, "capability");
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        try (PreparedStatement ps = LoadedData.prepare(c,
                "SELECT year, cinc, tpop, milex, milper FROM capability WHERE dataset_id = ? AND ccode = ?"
                        + " AND year BETWEEN ? AND ? ORDER BY year", ds.get(), ccode, from, to);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                points.add(new Point(rs.getInt(1), (Double) rs.getObject(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), (Double) rs.getObject(5)));
            }
        }
        return Optional.of(new Series(ds.get(), ccode, points));
    }
}
