package org.entente.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.entente.model.Case;
import org.entente.data.Catalogue;
import org.entente.data.StoreData;
import org.entente.report.data.PairView;
import org.entente.model.State;
import org.entente.store.Store;

/**
 * What the dashboard serves: the store, opened read-only by the caller, and the case files it
 * knows (the built-in cases and any given with {@code --case}). {@link StoreData} is not for
 * concurrent use, so store reads are serialised on this object; the answers of {@code /api/pair}
 * are kept by {@link PairAnswers}, so a read happens once per pair, span and store state.
 */
public final class DashboardData {

    /**
     * The read layer keeps every answer it gave; after this many pairs it is replaced by a fresh one,
     * so that its memory stays bounded however many pairs are asked for.
     */
    static final int PAIRS_PER_READER = 64;

    /** The store file and its write-ahead log as the file system sees them: any write changes one. */
    record StoreStamp(long size, long modified, long walSize, long walModified) {}

    private final Store source;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private StoreData store; // guarded by this
    private int pairsRead; // guarded by this
    private StoreStamp readerStamp; // guarded by this: the store as it was when `store` was made

    public DashboardData(Store store, Collection<Case> cases) {
        this.source = store;
        this.store = new StoreData(store);
        this.readerStamp = stamp();
        cases.forEach(c -> this.cases.putIfAbsent(c.id(), c));
    }

    /** The store's state, from two file-system look-ups; an in-memory store never changes its stamp. */
    StoreStamp stamp() {
        Path db = source.path();
        if (db == null) {
            return new StoreStamp(0, 0, 0, 0);
        }
        Path wal = db.resolveSibling(db.getFileName() + ".wal");
        long[] main = sizeAndTime(db);
        long[] log = sizeAndTime(wal);
        return new StoreStamp(main[0], main[1], log[0], log[1]);
    }

    private static long[] sizeAndTime(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
        } catch (IOException e) {
            return new long[] {-1, -1}; // no such file (no WAL): a state like any other
        }
    }

    /** The read layer, fresh when the store changed or the current one has read many pairs. */
    private StoreData reader() {
        StoreStamp now = stamp();
        if (!now.equals(readerStamp) || pairsRead >= PAIRS_PER_READER) {
            store = new StoreData(source);
            readerStamp = now;
            pairsRead = 0;
        }
        return store;
    }

    List<Case> cases() {
        return List.copyOf(cases.values());
    }

    Optional<Case> kase(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    /** The cases about {@code a} and {@code b} (either order) that the dashboard knows. */
    List<Case> casesFor(State a, State b) {
        return cases.values().stream().filter(c -> c.parties().size() == 2
                && ((c.partyA().ccode() == a.ccode() && c.partyB().ccode() == b.ccode())
                        || (c.partyA().ccode() == b.ccode() && c.partyB().ccode() == a.ccode())))
                .toList();
    }

    PairView pair(State a, State b, int from, int to, List<Integer> namedThirdStates) {
        synchronized (this) {
            StoreData reader = reader();
            pairsRead++;
            return PairView.load(reader, a, b, from, to, namedThirdStates);
        }
    }

    /** Fails with {@link org.entente.data.OutsideCoverage} when no loaded dataset covers any year of [from, to]. */
    void requireSomeCoverage(int from, int to, String what) {
        synchronized (this) {
            reader().catalogue().requireSomeCoverage(from, to, what);
        }
    }

    List<Catalogue.LoadedDataset> datasets() {
        synchronized (this) {
            return reader().catalogue().all();
        }
    }

    List<Catalogue.LoadedDataset> datasets(Collection<Integer> ids) {
        synchronized (this) {
            return reader().catalogue().byIds(ids);
        }
    }
}
