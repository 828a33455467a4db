package org.entente.measure.panel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.data.DatasetInfo;
import org.entente.data.LoadedData;

/**
 * Which loaded dataset a table's rows are taken from.
 *
 * <p>The rule, everywhere ({@link LoadedData}): when several datasets fill the same table (NMC v6
 * and v7, two SIPRI releases), the newest release (by generation date) is used, unless the caller names a version. Mixing
 * releases inside one measure would compare figures that were never meant to be compared (CINC
 * shares from two NMC versions do not sum to one).
 */
public final class Datasets {

    private Datasets() {}

    /** The newest release with rows in {@code table}, if any. */
    public static Optional<DatasetInfo> latest(Connection c, String table) throws SQLException {
        return latest(c, table, null);
    }

    /**
     * The newest release with rows in {@code table} whose version is {@code version}
     * (compared without a leading "v" and trailing ".0"s, so "7", "v7.0" and "7.0" match), or any
     * version when {@code version} is null.
     */
    public static Optional<DatasetInfo> latest(Connection c, String table, String version) throws SQLException {
        List<DatasetInfo> all = loaded(c, table);
        for (int i = all.size() - 1; i >= 0; i--) {
            DatasetInfo d = all.get(i);
            if (version == null || normalise(version).equals(normalise(d.version()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every dataset with rows in {@code table}, oldest release first ({@link LoadedData}'s rule). */
    public static List<DatasetInfo> loaded(Connection c, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        String sql = "SELECT d.id, d.kind, d.file_name, d.version, d.generated, d.citation FROM dataset d"
                + " WHERE d.id IN (SELECT DISTINCT dataset_id FROM " + table + ") AND " + LoadedData.ELIGIBLE
                + " ORDER BY " + LoadedData.OLDEST_FIRST;
        List<DatasetInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DatasetInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    public static Optional<DatasetInfo> byId(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, file_name, version, generated, citation FROM dataset WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DatasetInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
    }

    static String normalise(String version) {
        if (version == null) {
            return "";
        }
        String v = version.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("v")) {
            v = v.substring(1);
        }
        while (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        return v;
    }
}
