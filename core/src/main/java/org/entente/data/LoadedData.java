package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.store.Store;

/**
 * Which imported dataset a quantity is read from: the one rule for releases. When two releases of
 * a dataset are loaded (NMC 6.0 and 7.0, two SIPRI registers), a figure is read from the newest
 * alone, so that no figure adds two releases together. "Newest" is the release's generation date
 * as the file states it ({@code dataset.generated}, ISO dates, so they sort as text), not the order
 * of import: an older release imported after a newer one does not take over. Releases that state
 * no date count as older than any dated one and, among themselves, go by import order.
 */
public final class LoadedData {

    /** Tables a measure may ask about; the names go into SQL, so only these are accepted. */
    static final Set<String> TABLES = Set.of("arms_deal", "arms_delivery", "tiv_flow", "atop_alliance",
            "atop_alliance_phase", "atop_member", "atop_state_year", "atop_dyad_year", "atop_institution",
            "cow_alliance_member", "cow_alliance_dyad", "cow_alliance_dyad_year", "capability", "contiguity",
            "capital", "trade_flow", "event", "state_year", "state_spell", "major_power");

    /** The SQL ordering of {@code dataset d} rows from oldest to newest release. */
    public static final String OLDEST_FIRST = "d.generated NULLS FIRST, d.id";

    /**
     * The releases a read may use: all, or with a release date picked ({@link #pickReleaseDate}),
     * those generated on or before it (a release stating no date always counts). SQL on {@code dataset d}.
     */
    public static final String ELIGIBLE = "(getvariable('entente_release_date') IS NULL OR d.generated IS NULL"
            + " OR d.generated <= getvariable('entente_release_date'))";

    private LoadedData() {}

    /**
     * From now on, every read on this store's connection takes each dataset's newest release
     * generated on or before {@code date} (null: the newest of all). The choice is a session
     * setting, so the panels' SQL and the readers here follow the same one.
     */
    public static void pickReleaseDate(Store store, LocalDate date) {
        Sql.read(() -> {
            try (Statement st = store.connection().createStatement()) {
                st.execute(date == null ? "RESET VARIABLE entente_release_date"
                        : "SET VARIABLE entente_release_date = '" + date + "'");
            }
            return null;
        });
    }

    static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a data table: " + table);
        }
        return table;
    }

    /** The id of the newest release with rows in {@code table}, if any. */
    public static Optional<Integer> latest(Connection c, String table) throws SQLException {
        List<Integer> all = all(c, table);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every dataset with rows in {@code table}, oldest release first. */
    public static List<Integer> all(Connection c, String table) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT t.dataset_id FROM (SELECT DISTINCT dataset_id FROM "
                        + checked(table) + ") t LEFT JOIN dataset d ON d.id = t.dataset_id WHERE " + ELIGIBLE + " ORDER BY "
                        + OLDEST_FIRST.replace("d.id", "t.dataset_id"))) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /** Runs {@code sql} with int parameters; a small convenience for the readers here. */
    static PreparedStatement prepare(Connection c, String sql, int... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setInt(i + 1, params[i]);
        }
        return ps;
    }
}
