package org.entente.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.entente.data.ThreatInputs;

/**
 * The states that threaten one state most in a year by Walt's balance of threat, with the four
 * factors {@link BalanceOfThreat} defines, from the inputs {@link ThreatInputs} reads (NMC,
 * contiguity, capitals and events; all but NMC optional). Ranked by the index, highest first.
 */
public final class ThirdStateThreats {

    private ThirdStateThreats() {}

    /** One other state's threat to self; {@code index} null when power or proximity is unknown. */
    public record Threat(int other, BalanceOfThreat.Factors factors, Double index) {}

    /** The datasets the view read (null where a table is not loaded) and the ranked threats. */
    public record View(int self, int year, Integer nmc, Integer contiguity, Integer capitals, boolean events, List<Threat> threats) {}

    public static View of(ThreatInputs.Inputs inputs) {
        List<Threat> out = new ArrayList<>();
        Long none = inputs.events() ? Long.valueOf(0) : null; // no event toward self: 0 if events are loaded at all
        for (ThreatInputs.Row r : inputs.rows()) {
            Double km = null;
            if (r.selfLat() != null && r.otherLat() != null) {
                km = GreatCircle.km(r.selfLat(), r.selfLon(), r.otherLat(), r.otherLon());
            }
            Integer cont = r.conttype() == null ? (inputs.contiguity() == null ? null : Integer.valueOf(0)) : r.conttype();
            BalanceOfThreat.Inputs in = new BalanceOfThreat.Inputs(r.cincSelf(), r.cincOther(), cont, km,
                    r.milexSelf(), r.milexOther(), r.milperSelf(), r.milperOther(),
                    r.events() == null ? none : r.events(), r.conflictEvents() == null ? none : r.conflictEvents(),
                    r.meanGoldstein());
            BalanceOfThreat.Factors f = BalanceOfThreat.factors(in);
            out.add(new Threat(r.other(), f, f.index()));
        }
        out.sort(Comparator.comparing((Threat t) -> t.index() == null ? -1 : t.index()).reversed()
                .thenComparingInt(Threat::other));
        return new View(inputs.self(), inputs.year(), inputs.nmc(), inputs.contiguity(), inputs.capitals(),
                inputs.events(), out);
    }
}
