package org.entente.report.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.entente.model.State;
import org.entente.model.StateDirectory;
import org.entente.data.Catalogue;
import org.entente.data.DatasetFamily;
import org.entente.data.StoreData;

/**
 * What the store holds on a pair over a span of years, as the charts and the API show it: arms
 * deliveries both ways with the recipient's share of the supplier's exports, bilateral trade, and
 * CINC for the parties and the main third states. Every series names its datasets.
 */
public record PairView(State a, State b, int fromYear, int toYear, ArmsFlows.Result armsAtoB,
        ArmsFlows.Result armsBtoA, TradeFlows.Result trade, List<YearSeries> cinc, List<Integer> datasets,
        Map<String, Catalogue.Status> coverage) {

    /** The families the view draws. */
    static final List<DatasetFamily> FAMILIES = List.of(DatasetFamily.SIPRI_ARMS, DatasetFamily.COW_TRADE,
            DatasetFamily.COW_NMC);

    public PairView {
        cinc = List.copyOf(cinc);
        datasets = List.copyOf(datasets);
        coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
    }

    /**
     * What to say where {@code family}'s chart is empty: not loaded, outside the years it covers, or
     * loaded with no rows for the pair and span.
     */
    public String missing(DatasetFamily family) {
        Catalogue.Status s = coverage.get(family.name());
        return s == null ? family.notLoaded() : s.message();
    }

    /**
     * Reads the pair. {@code namedThirdStates} are COW codes the caller wants among the third
     * states (e.g. the case's threat sources); see {@link Capabilities#mainThirdStates}.
     */
    public static PairView load(StoreData c, State a, State b, int fromYear, int toYear,
            Collection<Integer> namedThirdStates) {
        ArmsFlows arms = new ArmsFlows(c);
        ArmsFlows.Result ab = arms.read(a, b, fromYear, toYear);
        ArmsFlows.Result ba = arms.read(b, a, fromYear, toYear);
        TradeFlows.Result trade = new TradeFlows(c).read(a, b, fromYear, toYear);
        Capabilities caps = new Capabilities(c, StateDirectory.shared());
        List<Integer> states = new ArrayList<>(List.of(a.ccode(), b.ccode()));
        states.addAll(caps.mainThirdStates(a.ccode(), b.ccode(), namedThirdStates, fromYear, toYear));
        List<YearSeries> cinc = caps.cinc(states, fromYear, toYear);
        TreeSet<Integer> used = new TreeSet<>();
        for (YearSeries s : List.of(ab.deliveries(), ab.supplierTotal(), ba.deliveries(), ba.supplierTotal(),
                trade.total(), trade.importsOfA(), trade.importsOfB())) {
            if (!s.isEmpty()) {
                used.addAll(s.datasets());
            }
        }
        cinc.stream().filter(s -> !s.isEmpty()).forEach(s -> used.addAll(s.datasets()));
        Map<String, Catalogue.Status> coverage = new LinkedHashMap<>();
        String what = a.abbrev() + "–" + b.abbrev() + " in " + fromYear + "–" + toYear;
        for (DatasetFamily f : FAMILIES) {
            coverage.put(f.name(), c.catalogue().status(f, fromYear, toYear, what));
        }
        return new PairView(a, b, fromYear, toYear, ab, ba, trade, cinc, new ArrayList<>(used), coverage);
    }

    /**
     * The main direction of the arms trade: the one with more TIV over the span (A to B on a tie).
     */
    public ArmsFlows.Result mainArmsFlow() {
        return total(armsBtoA.deliveries()) > total(armsAtoB.deliveries()) ? armsBtoA : armsAtoB;
    }

    private static double total(YearSeries s) {
        return s.points().stream().mapToDouble(YearSeries.Point::value).sum();
    }
}
