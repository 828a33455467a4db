package org.entente.store.pack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.store.pack.DataPack.Release;

/** The releases in a store, each marked bundled (with the pack's terms and page) or imported. */
public final class StoredReleases {

    /** One dataset row of the store; {@code bundled} is the pack's description of it, or null if imported by hand. */
    public record StoredRelease(int id, String kind, String file, long rows, String version, String generated,
            String citation, String importedAt, String sha256, Release bundled) {

        public String origin() {
            return bundled == null ? "imported" : "bundled";
        }
    }

    private StoredReleases() {}

    public static List<StoredRelease> list(Connection c, DataPack pack) throws SQLException {
        Map<String, Release> bySha = pack.releases().stream().collect(Collectors.toMap(Release::sha256, Function.identity(), (a, b) -> a));
        List<StoredRelease> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT d.id, d.kind, d.file_name, d.rows, d.version, d.generated, d.citation,
                       strftime(d.imported_at, '%Y-%m-%d %H:%M:%S'), d.sha256, b.sha256 AS bundled_sha
                FROM dataset d LEFT JOIN bundled_release b ON b.dataset_id = d.id
                ORDER BY d.id""")) {
            while (rs.next()) {
                String bundledSha = rs.getString(10);
                out.add(new StoredRelease(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        bundledSha == null ? null : bySha.get(bundledSha)));
            }
        }
        return out;
    }
}
