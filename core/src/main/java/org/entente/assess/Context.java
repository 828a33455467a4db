package org.entente.assess;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.source.casefile.Case;
import org.entente.source.casefile.Cited;
import org.entente.source.casefile.Party;
import org.entente.source.casefile.Source;

/**
 * What every section builder reads: the case (null when assessing a pair from data alone), the
 * two parties, the period and year, and the store. Data results are memoised here so that the
 * baseline and the what-if runs query the store once.
 */
final class Context {

    /** A computation over the store that may fail with SQL. */
    @FunctionalInterface
    interface StoreQuery<T> {
        T get() throws SQLException;
    }

    final Case kase;
    final Party a;
    final Party b;
    final int from;
    final int year;
    final StoreView store;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Object> memo;

    Context(Case kase, Party a, Party b, int from, int year, StoreView store, Map<String, Object> memo) {
        this.kase = kase;
        this.a = a;
        this.b = b;
        this.from = from;
        this.year = year;
        this.store = store;
        this.memo = memo;
        if (kase != null && kase.sources() != null) {
            kase.sources().forEach(s -> sources.put(s.id(), s));
        }
    }

    static Map<String, Object> newMemo() {
        return new HashMap<>();
    }

    boolean hasCase() {
        return kase != null;
    }

    boolean hasStore() {
        return store.available();
    }

    /** References to the case sources a fact cites. */
    List<SourceRef> cite(Cited fact) {
        List<SourceRef> out = new ArrayList<>();
        if (fact == null || fact.sources() == null) {
            return out;
        }
        for (String id : fact.sources()) {
            Source s = sources.get(id);
            out.add(s == null ? SourceRef.caseSource(id, "(source not listed in the case)", null)
                    : SourceRef.caseSource(s.id(), s.citation(), s.locator()));
        }
        return out;
    }

    /** The references of several facts, without repeats. */
    List<SourceRef> citeAll(List<? extends Cited> facts) {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        for (Cited f : facts) {
            for (SourceRef r : cite(f)) {
                out.putIfAbsent(r.label(), r);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The memoised value of a store query, computed on first use. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, StoreQuery<T> query) throws SQLException {
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T v = query.get();
        memo.put(key, v);
        return v;
    }

    String pair() {
        return a.abbrev() + "–" + b.abbrev();
    }

    /** "1989–2001" */
    String window() {
        return from == year ? Integer.toString(year) : from + "–" + year;
    }
}
