package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.model.Evidence;
import org.entente.model.Hypothesis;


/** Section 6: competing hypotheses, after Heuer. (rule-ach) */
final class AchSection {

    static final String RULE = "rule-ach";

    private AchSection() {}

    static SectionOutcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(6, "ach", "Competing hypotheses (Heuer's ACH)");
        if (!ctx.hasCase() || ctx.kase.hypotheses().isEmpty()) {
            return s.status(Section.Status.NO_CASE_EVIDENCE)
                    .summary(ctx.hasCase() ? "The case states no hypotheses." : "No case file, so no hypotheses or evidence to weigh.")
                    .build();
        }
        List<Hypothesis> hs = ctx.kase.hypotheses();
        List<Evidence> items = ctx.kase.evidence();
        CompetingHypotheses.Result r = CompetingHypotheses.analyse(hs, items);
        Map<String, Hypothesis> byId = hs.stream().collect(Collectors.toMap(Hypothesis::id, h -> h, (x, y) -> x));

        // the matrix
        List<String> cols = new ArrayList<>(List.of("evidence", "weight"));
        hs.forEach(h -> cols.add(h.id()));
        cols.add("diagnosticity");
        List<Table.Row> matrix = new ArrayList<>();
        for (Evidence e : items) {
            List<String> cells = new ArrayList<>(List.of(e.id() + ": " + e.description(), Numbers.format(e.weight())));
            hs.forEach(h -> cells.add(CompetingHypotheses.rating(e, h).name()));
            cells.add(Numbers.format(CompetingHypotheses.diagnosticity(e, hs).value()));
            matrix.add(new Table.Row(cells, ctx.cite(e)));
        }
        List<Table.Row> scoreRows = new ArrayList<>();
        for (CompetingHypotheses.Score sc : r.scores()) {
            Hypothesis h = sc.hypothesis();
            scoreRows.add(new Table.Row(List.of(h.id(), h.label(), h.theorist() == null ? "" : h.theorist(),
                    Numbers.format(sc.inconsistency()), r.leaders().contains(h.id()) ? "leads" : ""), ctx.cite(h)));
        }
        s.tables.add(new Table("scores", "Weighted inconsistency by hypothesis (lower is better supported)",
                List.of("hypothesis", "label", "after", "inconsistency", ""), scoreRows,
                "Σ weight × (1 for I, 2 for II); CC, C and N count 0."));
        s.tables.add(new Table("matrix", "Evidence against hypotheses", cols, matrix,
                "Ratings CC very consistent, C consistent, N neutral, I inconsistent, II very inconsistent."));
        List<Table.Row> drops = new ArrayList<>();
        for (CompetingHypotheses.Drop d : r.drops()) {
            drops.add(new Table.Row(List.of(d.dropped().id(), String.join(", ", d.leaders()), d.changesLeader() ? "yes" : "no"),
                    ctx.cite(d.dropped())));
        }
        s.tables.add(new Table("sensitivity", "Sensitivity: the leader with each item left out",
                List.of("left out", "leads then", "changes the conclusion?"), drops, null));
        List<SourceRef> allRefs = ctx.citeAll(items);
        String leaders = r.leaders().stream().map(id -> id + " (" + byId.get(id).label() + ")").collect(Collectors.joining(" and "));
        s.finding(Finding.text("leader", "Least inconsistent hypothesis", leaders, RULE, allRefs));
        if (r.mostDiagnosticDropped() != null) {
            CompetingHypotheses.Diagnosticity top = r.diagnosticity().get(0);
            CompetingHypotheses.Drop d = r.mostDiagnosticDropped();
            s.finding(Finding.text("most-diagnostic", "Most diagnostic item", top.item().id() + ": " + top.item().description()
                    + " (diagnosticity " + Numbers.format(top.value()) + ")", RULE, ctx.cite(top.item())));
            s.finding(Finding.text("sensitivity", "Without the most diagnostic item",
                    (d.changesLeader() ? "the conclusion changes: " : "the conclusion holds: ") + String.join(" and ", d.leaders())
                            + (d.leaders().size() == 1 ? (d.changesLeader() ? " leads" : " still leads")
                                    : (d.changesLeader() ? " lead" : " still lead")), RULE, ctx.cite(top.item())));
        }
        long fragile = r.drops().stream().filter(CompetingHypotheses.Drop::changesLeader).count();
        s.summary("Least inconsistent: " + leaders + ". " + (fragile == 0 ? "No single item's removal changes the conclusion."
                : fragile + " of " + items.size() + " items would change the conclusion if left out."));
        return s.build();
    }
}
