package org.entente.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CINC scores as published in COW National Material Capabilities ({@code capability}), for the
 * parties and the main third states, read from the newest NMC dataset loaded.
 *
 * <p>The main third states are those the caller names (the case's threat sources, where they are
 * states), topped up to {@link #THIRD_STATES} with the states of highest mean CINC over the span.
 */
public final class Capabilities {

    public static final int THIRD_STATES = 4;

    private final Connection connection;
    private final StateDirectory states;

    public Capabilities(Connection connection, StateDirectory states) {
        this.connection = connection;
        this.states = states;
    }

    /** The newest NMC dataset, or null if none is loaded. */
    public Integer newestDataset() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT max(dataset_id) FROM capability");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            int id = rs.getInt(1);
            return rs.wasNull() ? null : id;
        }
    }

    /** {@code named} first (those with data), then the largest by mean CINC, excluding the parties. */
    public List<Integer> mainThirdStates(int a, int b, Collection<Integer> named, int fromYear, int toYear)
            throws SQLException {
        Integer ds = newestDataset();
        if (ds == null) {
            return List.of();
        }
        Set<Integer> pick = new LinkedHashSet<>();
        for (Integer c : named) {
            if (c != a && c != b && pick.size() < THIRD_STATES) {
                pick.add(c);
            }
        }
        String sql = """
                SELECT ccode FROM capability
                WHERE dataset_id = ? AND year BETWEEN ? AND ? AND ccode NOT IN (?, ?) AND cinc IS NOT NULL
                GROUP BY ccode ORDER BY avg(cinc) DESC, ccode LIMIT ?""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, ds);
            ps.setInt(2, fromYear);
            ps.setInt(3, toYear);
            ps.setInt(4, a);
            ps.setInt(5, b);
            ps.setInt(6, THIRD_STATES * 2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && pick.size() < THIRD_STATES) {
                    pick.add(rs.getInt(1));
                }
            }
        }
        return new ArrayList<>(pick);
    }

    /** One CINC series per state, in the order given; states with no rows get an empty series. */
    public List<YearSeries> cinc(List<Integer> ccodes, int fromYear, int toYear) throws SQLException {
        Integer ds = newestDataset();
        Map<Integer, List<YearSeries.Point>> byState = new LinkedHashMap<>();
        ccodes.forEach(c -> byState.put(c, new ArrayList<>()));
        if (ds != null && !ccodes.isEmpty()) {
            String in = String.join(",", ccodes.stream().map(String::valueOf).toList());
            String sql = "SELECT ccode, year, cinc FROM capability WHERE dataset_id = ? AND ccode IN (" + in
                    + ") AND year BETWEEN ? AND ? AND cinc IS NOT NULL ORDER BY ccode, year";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, ds);
                ps.setInt(2, fromYear);
                ps.setInt(3, toYear);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byState.get(rs.getInt(1)).add(new YearSeries.Point(rs.getInt(2), rs.getDouble(3)));
                    }
                }
            }
        }
        List<YearSeries> out = new ArrayList<>();
        List<Integer> used = ds == null ? List.of() : List.of(ds);
        byState.forEach((c, pts) -> out.add(new YearSeries("cinc-" + states.abbrev(c), states.abbrev(c), "CINC",
                pts, pts.isEmpty() ? List.of() : used, "COW NMC (capability.cinc as published), newest dataset loaded")));
        return out;
    }
}
