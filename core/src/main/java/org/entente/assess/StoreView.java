package org.entente.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.data.DatasetFamily;
import org.entente.data.StoreData;

/**
 * The assessment's view of the store: the typed reads the sections make ({@link StoreData}), and
 * the provenance of each dataset they read, so that every figure can name its dataset and rows.
 * Remembers which datasets were used, for the bibliography.
 */
final class StoreView {

    private final StoreData data;
    private final Map<Integer, DataUse> datasets = new HashMap<>();
    private final Map<Integer, DataUse> used = new LinkedHashMap<>();

    StoreView(StoreData data) {
        this.data = data;
    }

    /** Null when the assessment runs without a store (unit tests of case-only sections). */
    StoreData data() {
        return data;
    }

    boolean available() {
        return data != null;
    }

    /**
     * What a section lacks from {@code family} for {@code what} (the pair and years it asked
     * about), in one of three words: not loaded (what it would add, where to get it), loaded but
     * outside the years it covers, or loaded and covering them but with no rows for {@code what}.
     */
    DataGap gap(DatasetFamily family, String effect, int from, int to, String what) {
        if (data == null) {
            return new DataGap(family.label(), effect, family.notLoaded());
        }
        return new DataGap(family.label(), effect, data.catalogue().status(family, from, to, what).message());
    }

    /** The provenance row of dataset {@code id}, and a note that the assessment used it. */
    DataUse use(int id) {
        DataUse u = datasets.get(id);
        if (u == null) {
            u = data.catalogue().byId(id)
                    .map(d -> new DataUse(id, d.kind(), d.fileName(), d.version(), d.generated(), d.citation()))
                    .orElse(new DataUse(id, "unrecorded", "dataset " + id, null, null, "dataset " + id
                            + " has no provenance row"));
            datasets.put(id, u);
        }
        used.putIfAbsent(id, u);
        return u;
    }

    List<DataUse> uses(List<Integer> ids) {
        List<DataUse> out = new ArrayList<>();
        for (int id : ids) {
            out.add(use(id));
        }
        return out;
    }

    /** Row count to give {@link #ref} when the query does not count the rows it reads. */
    static final long UNCOUNTED = -1;

    /** A reference to rows of {@code table} in dataset {@code id}; {@code lines} listed when few. */
    SourceRef ref(int id, String table, String selection, long rows, List<Integer> lines) {
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
