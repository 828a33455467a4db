package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Case;
import org.entente.model.Cited;
import org.entente.model.Party;
import org.entente.model.Source;
import org.entente.data.DatasetFamily;
import org.entente.data.StoreData;

/**
 * What every section builder reads: the case (null when assessing a pair from data alone), the
 * two parties, the period and year, and the store. The store's answers are kept by {@link
 * StoreData}, so the baseline and the what-if runs query the store once.
 */
final class Context {

    final Case kase;
    final Party a;
    final Party b;
    final int from;
    final int year;
    final StoreView store;
    private final Map<String, Source> sources = new LinkedHashMap<>();

    Context(Case kase, Party a, Party b, int from, int year, StoreView store) {
        this.kase = kase;
        this.a = a;
        this.b = b;
        this.from = from;
        this.year = year;
        this.store = store;
        if (kase != null && kase.sources() != null) {
            kase.sources().forEach(s -> sources.put(s.id(), s));
        }
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
            if (id.startsWith(Assumptions.SOURCE_PREFIX)) {
                String kv = id.substring(Assumptions.SOURCE_PREFIX.length());
                int eq = kv.indexOf('=');
                out.add(SourceRef.assumption(kv.substring(0, eq), kv.substring(eq + 1)));
                continue;
            }
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

    /** The store's typed reads; their answers are kept for the baseline and what-if runs alike. */
    StoreData data() {
        return store.data();
    }

    /** What the section lacks from {@code family} for the pair over [from, to], in the three words of {@link StoreView#gap}. */
    DataGap gap(DatasetFamily family, String effect, int from, int to) {
        String span = from == to ? "in " + from : "in " + from + "–" + to;
        return store.gap(family, effect, from, to, pair() + " " + span);
    }

    /** The same over the assessed window. */
    DataGap gap(DatasetFamily family, String effect) {
        return gap(family, effect, from, year);
    }

    String pair() {
        return a.abbrev() + "–" + b.abbrev();
    }

    /** "1989–2001" */
    String window() {
        return from == year ? Integer.toString(year) : from + "–" + year;
    }
}
