package org.entente.assess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment's view of the store: the connection the measures query, and the provenance of
 * each dataset they read, so that every figure can name its dataset and rows. Remembers which
 * datasets were used, for the bibliography.
 */
final class StoreView {

    /** How to load what a section lacks, by the data it needs. */
    static final Map<String, String> IMPORT_HINTS = Map.of(
            "SIPRI arms transfers", "entente import ../shared/data/sipri/trade-register-2025-03-13.csv",
            "ATOP alliances", "entente import ../shared/data/atop/atop5_1m.csv ../shared/data/atop/atop5_1ddyr-peacesciencer.csv",
            "COW capabilities", "entente import ../shared/data/cow/NMC-60-abridged.csv",
            "COW dyadic trade", "entente import ../shared/data/cow/trade-dyadic-4.0-peacesciencer.csv",
            "COW contiguity and capitals",
            "entente import ../shared/data/cow/contdir-3.2-peacesciencer.csv ../shared/data/cow/capitals-peacesciencer.csv",
            "event data", "entente import ../shared/data/events/icews-events-2018-sample.tab");

    private final Connection connection;
    private final Map<Integer, DataUse> datasets = new HashMap<>();
    private final Map<Integer, DataUse> used = new LinkedHashMap<>();

    StoreView(Connection connection) {
        this.connection = connection;
    }

    /** Null when the assessment runs without a store (unit tests of case-only sections). */
    Connection connection() {
        return connection;
    }

    boolean available() {
        return connection != null;
    }

    static DataGap gap(String dataset, String effect) {
        return new DataGap(dataset, effect, IMPORT_HINTS.getOrDefault(dataset, "entente import FILE"));
    }

    /** The provenance row of dataset {@code id}, and a note that the assessment used it. */
    DataUse use(int id) throws SQLException {
        DataUse u = datasets.get(id);
        if (u == null) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT kind, file_name, version, generated, citation FROM dataset WHERE id = ?")) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    u = rs.next() ? new DataUse(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5))
                            : new DataUse(id, "unrecorded", "dataset " + id, null, null, "dataset " + id
                                    + " has no provenance row");
                }
            }
            datasets.put(id, u);
        }
        used.putIfAbsent(id, u);
        return u;
    }

    List<DataUse> uses(List<Integer> ids) throws SQLException {
        List<DataUse> out = new ArrayList<>();
        for (int id : ids) {
            out.add(use(id));
        }
        return out;
    }

    /** Row count to give {@link #ref} when the query does not count the rows it reads. */
    static final long UNCOUNTED = -1;

    /** A reference to rows of {@code table} in dataset {@code id}; {@code lines} listed when few. */
    SourceRef ref(int id, String table, String selection, long rows, List<Integer> lines) throws SQLException {
        DataUse u = use(id);
        List<String> keys = lines == null ? List.of() : lines.stream().map(l -> "line " + l).toList();
        SourceRef r = SourceRef.dataset(id, u.citation(), table, selection, Math.max(rows, 0), keys);
        return rows < 0 ? new SourceRef(r.kind(), r.id(), r.citation(), r.locator(), r.table(), r.selection(), null, r.rows()) : r;
    }

    /** Every dataset used so far, in first-use order. */
    List<DataUse> used() {
        return List.copyOf(used.values());
    }
}
