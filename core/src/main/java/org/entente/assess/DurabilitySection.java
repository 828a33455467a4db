package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Section 8: the durability verdict and what-if. (rule-verdict, rule-what-if) */
final class DurabilitySection {

    static final String RULE = "rule-verdict";

    private DurabilitySection() {}

    static Section build(Verdict verdict, Verdict baseline, List<AppliedAssumption> applied, Verdict scenario, String scenarioKey,
            boolean hasCase, SurvivalOutlook survival, StoreView store) {
        SectionBuilder s = new SectionBuilder(8, "verdict", "Durability verdict and what-if");
        s.finding(Finding.number("score", "Durability score (−1 apart .. +1 together)", verdict.score(), "", RULE,
                List.of(SourceRef.method(RULE, "weighted mean of the factors; docs/assessment-method.md"))));
        s.finding(Finding.text("rating", "Verdict", verdict.rating().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                RULE, List.of(SourceRef.method(RULE, "thresholds " + Numbers.format(DurabilityRule.FRAGILE_BELOW) + " and "
                        + Numbers.format(DurabilityRule.DURABLE_ABOVE)))));
        List<Table.Row> rows = new ArrayList<>();
        for (Verdict.Factor f : verdict.factors()) {
            rows.add(new Table.Row(List.of(f.label(), f.score() == null ? "not scored" : Numbers.format(f.score()),
                    Numbers.format(f.weight()), Numbers.format(f.contribution()), f.basis()), f.sources()));
        }
        s.tables.add(new Table("factors", "Factors of the verdict", List.of("factor", "score", "weight", "contribution", "rule"),
                rows, "contribution = weight × score / total weight of the scored factors; the score is their sum."));

        // without the arms trade: how much of the alliance rests on it
        Verdict.Factor arms = verdict.factors().stream().filter(f -> f.key().equals("arms-foundation") && f.score() != null)
                .findFirst().orElse(null);
        if (arms != null) {
            double rest = verdict.factors().stream().filter(f -> f.score() != null && !f.key().equals("arms-foundation"))
                    .mapToDouble(Verdict.Factor::weight).sum();
            double restSum = verdict.factors().stream().filter(f -> f.score() != null && !f.key().equals("arms-foundation"))
                    .mapToDouble(f -> f.weight() * f.score()).sum();
            if (rest > 0) {
                double without = restSum / rest;
                boolean largest = verdict.factors().stream().filter(f -> f.score() != null)
                        .noneMatch(f -> f.contribution() > arms.contribution());
                s.finding(Finding.number("without-arms", "Score without the arms trade", without, "", RULE, arms.sources())
                        .withNote((largest ? "the arms trade is the largest single tie; " : "")
                                + "rating without it: " + DurabilityRule.rating(without).name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        List<String> parts = new ArrayList<>(List.of(verdict.summary()));
        if (baseline != null) {
            List<Table.Row> w = new ArrayList<>();
            for (AppliedAssumption a : applied) {
                w.add(new Table.Row(List.of(a.key() + "=" + a.value(), a.replaced() == null ? "" : a.replaced(), a.effect()),
                        List.of(SourceRef.assumption(a.key(), a.value()))));
            }
            s.tables.add(new Table("assumptions", "Assumptions applied (--assume)", List.of("assumption", "replaced", "effect"), w, null));
            s.tables.add(compare("what-if", "Verdict without and with the assumptions", "assumed", baseline, verdict));
            parts.add(String.format("Without the assumptions: %s (score %s); with them the score %s by %s.",
                    baseline.rating().name().toLowerCase(java.util.Locale.ROOT), Numbers.format(baseline.score()),
                    verdict.score() >= baseline.score() ? "rises" : "falls", Numbers.format(Math.abs(verdict.score() - baseline.score()))));
        }
        if (scenario != null) {
            s.tables.add(compare("scenario", "What if the strongest common threat were perceived at its highest by both ("
                    + scenarioKey + ")?", "scenario", verdict, scenario));
            s.finding(Finding.number("scenario-score", "Score if " + scenarioKey, scenario.score(), "", "rule-what-if",
                    List.of(SourceRef.assumption(scenarioKey.substring(0, scenarioKey.indexOf('=')),
                            scenarioKey.substring(scenarioKey.indexOf('=') + 1))))
                    .withNote("rating " + scenario.rating().name().toLowerCase(java.util.Locale.ROOT)));
            if (scenario.score() > verdict.score()) {
                parts.add(String.format("A sharper common threat (%s) would firm it: score %s → %s, %s → %s.", scenarioKey,
                        Numbers.format(verdict.score()), Numbers.format(scenario.score()),
                        verdict.rating().name().toLowerCase(java.util.Locale.ROOT), scenario.rating().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (survival != null) {
            survival.addTo(s, verdict, store);
        }
        if (!hasCase) {
            s.note("No case evidence: the verdict weighs only the factors the loaded data could score.");
        }
        s.summary(String.join(" ", parts));
        return s.build().section();
    }

    private static Table compare(String key, String title, String column, Verdict before, Verdict after) {
        List<Table.Row> rows = new ArrayList<>();
        List<SourceRef> method = List.of(SourceRef.method(RULE, "the factors below"));
        rows.add(new Table.Row(List.of("score", Numbers.format(before.score()), Numbers.format(after.score())), method));
        rows.add(new Table.Row(List.of("verdict", before.rating().name().toLowerCase(java.util.Locale.ROOT),
                after.rating().name().toLowerCase(java.util.Locale.ROOT)), method));
        for (Verdict.Factor f : after.factors()) {
            Verdict.Factor g = before.factors().stream().filter(x -> x.key().equals(f.key())).findFirst().orElse(null);
            Double was = g == null ? null : g.score();
            if (!Objects.equals(was, f.score()) || (g != null && g.weight() != f.weight())) {
                rows.add(new Table.Row(List.of(f.label(), was == null ? "—" : Numbers.format(was),
                        f.score() == null ? "—" : Numbers.format(f.score())), f.sources()));
            }
        }
        return new Table(key, title, List.of("", "baseline", column), rows, null);
    }
}
