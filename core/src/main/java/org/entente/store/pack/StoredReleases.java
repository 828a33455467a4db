package org.entente.store.pack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.store.pack.DataPack.Release;

/** Which datasets of a store the bundled pack put there: the pack's bookkeeping, read back. */
public final class StoredReleases {

    private StoredReleases() {}

    /** Dataset id → the pack's description of the release it holds, for every dataset the pack loaded. */
    public static Map<Integer, Release> bundledByDataset(Connection c, DataPack pack) throws SQLException {
        Map<String, Release> bySha = pack.releases().stream()
                .collect(Collectors.toMap(Release::sha256, Function.identity(), (a, b) -> a));
        Map<Integer, Release> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT dataset_id, sha256 FROM bundled_release")) {
            while (rs.next()) {
                Release r = bySha.get(rs.getString(2));
                if (r != null) {
                    out.put(rs.getInt(1), r);
                }
            }
        }
        return out;
    }
}
