package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.model.Party;
import org.entente.data.DatasetFamily;
import org.entente.measure.BalanceOfThreat;
import org.entente.measure.ThirdStateThreats;
import org.entente.source.casefile.States;

/**
 * The balance-of-threat view of third states from each partner (rule-balance-of-threat): Walt's
 * aggregate power, proximity, offensive capability and aggressive intentions, as
 * {@link BalanceOfThreat} operationalises them, from NMC, contiguity, capitals and events. Shows
 * each partner's {@link #TOP} most threatening third states and those on both lists.
 */
final class BalanceOfThreatView {

    static final String RULE = "rule-balance-of-threat";
    static final int TOP = 5;

    private BalanceOfThreatView() {}

    /** Adds the view to {@code s} when the data allow; returns whether it did. */
    static boolean add(Context ctx, SectionBuilder s) {
        if (!ctx.hasStore()) {
            s.gaps.add(ctx.gap(DatasetFamily.COW_NMC, "no balance-of-threat view of third states"));
            return false;
        }
        Optional<ThirdStateThreats.View> va = ctx.data().threatInputs(ctx.a.ccode(), ctx.year).map(ThirdStateThreats::of);
        Optional<ThirdStateThreats.View> vb = ctx.data().threatInputs(ctx.b.ccode(), ctx.year).map(ThirdStateThreats::of);
        if (va.isEmpty() || vb.isEmpty() || va.get().threats().isEmpty()) {
            s.gaps.add(ctx.gap(DatasetFamily.COW_NMC, "no balance-of-threat view of third states"));
            return false;
        }
        ThirdStateThreats.View a = va.get();
        List<SourceRef> refs = new ArrayList<>();
        refs.add(ctx.store.ref(a.nmc(), "capability", "all states, latest year ≤ " + ctx.year, a.threats().size() + 1, null));
        s.use(ctx.store.use(a.nmc()));
        if (a.contiguity() != null) {
            refs.add(ctx.store.ref(a.contiguity(), "contiguity", "spells of " + ctx.a.ccode() + " and " + ctx.b.ccode() + " in force in "
                    + ctx.year, StoreView.UNCOUNTED, null));
            s.use(ctx.store.use(a.contiguity()));
        } else {
            s.gaps.add(ctx.gap(DatasetFamily.COW_GEOGRAPHY, "proximity from capitals or contiguity only, whichever is loaded"));
        }
        if (a.capitals() != null) {
            refs.add(ctx.store.ref(a.capitals(), "capital", "capitals in " + ctx.year, StoreView.UNCOUNTED, null));
            s.use(ctx.store.use(a.capitals()));
        }
        if (!a.events()) {
            s.note("Balance of threat without event data: aggressive intentions not scored.");
        }
        List<Table.Row> rows = new ArrayList<>();
        List<Integer> topA = top(ctx.a, a, ctx, rows, refs);
        List<Integer> topB = top(ctx.b, vb.get(), ctx, rows, refs);
        s.tables.add(new Table("balance-of-threat", "Most threatening third states by Walt's four factors, " + ctx.year
                + " (0..1, 1 most threatening)", List.of("threatened", "by", "power", "proximity", "offense", "intent", "index"), rows,
                "power: share of the pair's CINC; proximity: contiguity or capital distance; offense: share of military spending and"
                        + " personnel; intent: conflictual share and Goldstein of its events toward the threatened state."));
        Set<Integer> both = topA.stream().filter(topB::contains).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String shared = both.isEmpty() ? "none" : both.stream().map(BalanceOfThreatView::name).collect(Collectors.joining(", "));
        s.finding(Finding.text("bot-shared", "Third states among both partners' " + TOP + " greatest threats (data)", shared,
                RULE, refs));
        return true;
    }

    private static List<Integer> top(Party self, ThirdStateThreats.View v, Context ctx, List<Table.Row> rows, List<SourceRef> refs) {
        List<Integer> out = new ArrayList<>();
        for (ThirdStateThreats.Threat t : v.threats()) {
            if (out.size() == TOP || t.index() == null) {
                break;
            }
            if (t.other() == ctx.a.ccode() || t.other() == ctx.b.ccode()) {
                continue; // the partner is section 2's mutual threat, not a third state
            }
            out.add(t.other());
            BalanceOfThreat.Factors f = t.factors();
            rows.add(new Table.Row(List.of(self.abbrev(), name(t.other()), fmt(f.power()), fmt(f.proximity()), fmt(f.offense()),
                    fmt(f.intent()), fmt(t.index())), refs));
        }
        return out;
    }

    private static String name(int ccode) {
        return States.find(Integer.toString(ccode)).map(Party::abbrev).orElse(Integer.toString(ccode));
    }

    private static String fmt(Double d) {
        return d == null ? "—" : Numbers.format(d);
    }
}
