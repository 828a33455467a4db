package org.entente.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Rows of the {@code dataset} table: what was imported, from which file, and how to cite it. */
public final class DatasetCitations {

    /** One loaded dataset as the outputs cite it. */
    public record LoadedDataset(int id, String kind, String fileName, Long rows, String version, String generated,
            String citation, String importedAt, String sha256) {}

    private final Connection connection;

    public DatasetCitations(Connection connection) {
        this.connection = connection;
    }

    public List<LoadedDataset> all() throws SQLException {
        return query("SELECT id, kind, file_name, rows, version, generated, citation,"
                + " strftime(imported_at, '%Y-%m-%d %H:%M:%S'), sha256 FROM dataset ORDER BY id", List.of());
    }

    public List<LoadedDataset> byIds(Collection<Integer> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", ids.stream().map(i -> "?").toList());
        return query("SELECT id, kind, file_name, rows, version, generated, citation,"
                + " strftime(imported_at, '%Y-%m-%d %H:%M:%S'), sha256 FROM dataset WHERE id IN (" + in + ") ORDER BY id",
                List.copyOf(ids));
    }

    private List<LoadedDataset> query(String sql, List<Integer> params) throws SQLException {
        List<LoadedDataset> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setInt(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rows = rs.getLong(4);
                    out.add(new LoadedDataset(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : rows, rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }
}
