package org.entente.report.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.model.StateDirectory;
import org.entente.data.CapabilitySeries;
import org.entente.data.StoreData;

/**
 * CINC scores as published in COW National Material Capabilities, for the parties and the main
 * third states, as the assessment reads them ({@link CapabilitySeries}: the newest release).
 *
 * <p>The main third states are those the caller names (the case's threat sources, where they are
 * states), topped up to {@link #THIRD_STATES} with the states of highest mean CINC over the span.
 */
public final class Capabilities {

    public static final int THIRD_STATES = 4;

    private final StoreData data;
    private final StateDirectory states;

    public Capabilities(StoreData data, StateDirectory states) {
        this.data = data;
        this.states = states;
    }

    /** {@code named} first (those with data), then the largest by mean CINC, excluding the parties. */
    public List<Integer> mainThirdStates(int a, int b, Collection<Integer> named, int fromYear, int toYear) {
        List<Integer> largest = data.largestByCinc(List.of(a, b), fromYear, toYear, THIRD_STATES * 2);
        if (largest.isEmpty()) {
            return List.of();
        }
        Set<Integer> pick = new LinkedHashSet<>();
        for (Integer c : named) {
            if (c != a && c != b && pick.size() < THIRD_STATES) {
                pick.add(c);
            }
        }
        for (Integer c : largest) {
            if (pick.size() < THIRD_STATES) {
                pick.add(c);
            }
        }
        return new ArrayList<>(pick);
    }

    /** One CINC series per state, in the order given; states with no rows get an empty series. */
    public List<YearSeries> cinc(List<Integer> ccodes, int fromYear, int toYear) {
        List<YearSeries> out = new ArrayList<>();
        for (int c : ccodes) {
            Optional<CapabilitySeries.Series> s = data.capabilities(c, fromYear, toYear);
            List<YearSeries.Point> pts = new ArrayList<>();
            s.ifPresent(x -> x.points().stream().filter(p -> p.cinc() != null)
                    .forEach(p -> pts.add(new YearSeries.Point(p.year(), p.cinc()))));
            out.add(new YearSeries("cinc-" + states.abbrev(c), states.abbrev(c), "CINC", pts,
                    pts.isEmpty() ? List.of() : List.of(s.get().datasetId()), CapabilitySeries.RULE));
        }
        return out;
    }
}
