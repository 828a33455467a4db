package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.ThreatPerception;


/** Section 2: threat perceptions, their congruence, and the balance of threat from the data. (rule-threat) */
final class ThreatSection {

    static final String RULE = "rule-threat";
    static final String LITERATURE = "Holsti 1995; Walt 1987; Ruzicka (weighted Jaccard) similarity";

    private ThreatSection() {}

    static SectionOutcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(2, "threat", "Threat: perceptions and their congruence");
        boolean caseDone = false;
        if (ctx.hasCase() && !ctx.kase.threats().isEmpty()) {
            caseDone = true;
            ThreatCongruence.Result r = ThreatCongruence.compare(ctx.kase.threats(), ctx.a, ctx.b);
            List<ThreatPerception> used = r.entries().stream().flatMap(e -> e.perceptions().stream()).toList();
            List<SourceRef> all = ctx.citeAll(used);
            String a = ctx.a.abbrev();
            String b = ctx.b.abbrev();
            if (!Double.isNaN(r.weightedJaccard())) {
                s.finding(Finding.number("congruence", "Threat congruence (weighted Jaccard over threat sources)",
                        r.weightedJaccard(), "", RULE, all)
                        .withNote("Σ min / Σ max of the parties' mean intensities by source; 1 = identical, 0 = nothing shared"));
                s.finding(Finding.number("cosine", "Cosine similarity of the source vectors", r.cosine(), "", RULE, all));
                s.finding(Finding.number("issue-congruence", "Weighted Jaccard over (source, issue) pairs",
                        r.issueJaccard(), "", RULE, all)
                        .withNote("stricter: an issue counts as shared only where both parties name it alike"));
            }
            List<SourceRef> commonRefs = ctx.citeAll(r.entries().stream()
                    .filter(e -> e.source().equals(r.commonThreatSource()))
                    .flatMap(e -> e.perceptions().stream()).toList());
            s.finding(Finding.number("common-threat", "Strongest threat both perceive (0..1)", r.commonThreat(), "", RULE,
                    commonRefs.isEmpty() ? List.of(SourceRef.method(RULE, LITERATURE)) : commonRefs)
                    .withNote(r.commonThreatSource() == null ? "no external threat is perceived by both"
                            : "from " + r.commonThreatSource() + ": the lower of the two parties' mean intensities, / 3"));
            List<Table.Row> srcRows = new ArrayList<>();
            for (ThreatCongruence.SourceThreat t : r.sources()) {
                List<ThreatPerception> ps = r.entries().stream().filter(e -> e.source().equals(t.source()))
                        .flatMap(e -> e.perceptions().stream()).toList();
                srcRows.add(new Table.Row(List.of(t.source(), Numbers.format(t.a()), Numbers.format(t.b()),
                        Numbers.format(Math.min(t.a(), t.b()))), ctx.citeAll(ps)));
            }
            s.tables.add(new Table("sources", "Threat by source (mean intensity over the issues each names, 0..3)",
                    List.of("source", a, b, "felt by both (min)"), srcRows, null));
            List<Table.Row> rows = new ArrayList<>();
            for (ThreatCongruence.Entry e : r.entries()) {
                String kind = e.a() > 0 && e.b() > 0 ? "shared" : e.a() > 0 ? a + " only" : e.b() > 0 ? b + " only" : "none";
                rows.add(new Table.Row(List.of(e.source(), e.issue(), Integer.toString(e.a()),
                        Integer.toString(e.b()), kind), ctx.citeAll(e.perceptions())));
            }
            s.tables.add(new Table("vectors", "Threat perceptions by issue (intensity 0 none .. 3 high)",
                    List.of("source", "issue", a, b, "shared?"), rows, null));
            if (!r.mutual().isEmpty()) {
                List<Table.Row> m = new ArrayList<>();
                for (ThreatPerception t : r.mutual()) {
                    m.add(new Table.Row(List.of(t.perceiver(), t.threatSource(), t.issue(), Integer.toString(t.intensity())),
                            ctx.cite(t)));
                }
                s.tables.add(new Table("mutual", "Threats each perceives from the other (kept out of the vectors)",
                        List.of("perceiver", "source", "issue", "intensity"), m, null));
            }
            s.summary(String.format("%d shared, %d %s-only and %d %s-only threats; congruence %s; strongest common threat %s.",
                    r.shared().size(), r.onlyA().size(), a, r.onlyB().size(), b,
                    Double.isNaN(r.weightedJaccard()) ? "undefined" : Numbers.format(r.weightedJaccard()),
                    r.commonThreatSource() == null ? "none" : r.commonThreatSource() + " at " + Numbers.format(r.commonThreat())));
            s.factors.add(new FactorInput("shared-threat", "Shared external threat (Holsti's necessary condition)",
                    2 * r.commonThreat() - 1, "2 × strongest common threat − 1", commonRefs));
            if (!Double.isNaN(r.weightedJaccard())) {
                s.factors.add(new FactorInput("threat-congruence", "Congruence of threat perceptions",
                        2 * r.weightedJaccard() - 1, "2 × weighted Jaccard − 1", all));
            }
        }
        boolean dataDone = BalanceOfThreatView.add(ctx, s);
        if (!caseDone) {
            if (dataDone) {
                s.summary("No case evidence on threat perceptions; the balance of threat from the loaded data follows.");
                s.note("No case evidence: threat perceptions, congruence and shared threats need a case file.");
            } else {
                s.status(Section.Status.NO_CASE_EVIDENCE)
                        .summary("No case evidence on threat perceptions, and no capability data for a balance-of-threat view.");
            }
        }
        return s.build();
    }
}
