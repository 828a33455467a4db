package org.entente.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which imported dataset a measure reads from a table. When two releases of a dataset are loaded
 * (NMC 6.0 and 7.0, say), a measure reads the later import alone, so that no figure adds two
 * releases together.
 */
public final class LoadedData {

    /** Tables a measure may ask about; the names go into SQL, so only these are accepted. */
    static final Set<String> TABLES = Set.of("arms_deal", "arms_delivery", "tiv_flow", "atop_alliance",
            "atop_alliance_phase", "atop_member", "atop_state_year", "atop_dyad_year", "cow_alliance_member",
            "cow_alliance_dyad_year", "capability", "contiguity", "capital", "trade_flow", "event", "state_year",
            "state_spell", "major_power");

    private LoadedData() {}

    static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a data table: " + table);
        }
        return table;
    }

    /** The id of the latest dataset with rows in {@code table}, if any. */
    public static Optional<Integer> latest(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT max(dataset_id) FROM " + checked(table))) {
            rs.next();
            int id = rs.getInt(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(id);
        }
    }

    /** Every dataset with rows in {@code table}, in import order. */
    public static List<Integer> all(Connection c, String table) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT dataset_id FROM " + checked(table) + " ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /** Runs {@code sql} with int parameters; a small convenience for the measures here. */
    static PreparedStatement prepare(Connection c, String sql, int... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setInt(i + 1, params[i]);
        }
        return ps;
    }
}
