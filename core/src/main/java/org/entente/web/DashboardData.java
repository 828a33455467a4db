package org.entente.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.model.Case;
import org.entente.data.Catalogue;
import org.entente.data.StoreData;
import org.entente.report.data.PairView;
import org.entente.model.State;
import org.entente.store.Store;

/**
 * What the dashboard serves: the store, opened read-only by the caller, and the case files it
 * knows (the built-in cases and any given with {@code --case}). DuckDB connections are not meant
 * for concurrent use, so store reads are serialised; the dashboard is a one-analyst tool.
 */
public final class DashboardData {

    private final StoreData store;
    private final Map<String, Case> cases = new LinkedHashMap<>();

    public DashboardData(Store store, Collection<Case> cases) {
        this.store = new StoreData(store);
        cases.forEach(c -> this.cases.putIfAbsent(c.id(), c));
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
        synchronized (store) {
            return PairView.load(store, a, b, from, to, namedThirdStates);
        }
    }

    /** Fails with {@link org.entente.data.OutsideCoverage} when no loaded dataset covers any year of [from, to]. */
    void requireSomeCoverage(int from, int to, String what) {
        synchronized (store) {
            store.catalogue().requireSomeCoverage(from, to, what);
        }
    }

    List<Catalogue.LoadedDataset> datasets() {
        synchronized (store) {
            return store.catalogue().all();
        }
    }

    List<Catalogue.LoadedDataset> datasets(Collection<Integer> ids) {
        synchronized (store) {
            return store.catalogue().byIds(ids);
        }
    }
}
