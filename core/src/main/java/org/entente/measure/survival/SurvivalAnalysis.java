package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Kaplan-Meier curves of a set of spells by a grouping, and the log-rank test between them. */
public final class SurvivalAnalysis {

    /** Curves in the grouping's order; {@code logRank} is null with fewer than two groups; {@code excluded}: spells with no group. */
    public record Result(Grouping grouping, List<SurvivalCurve> curves, LogRank.Result logRank, int excluded) {}

    private SurvivalAnalysis() {}

    public static Result of(List<AllianceSpell> spells, Grouping by) {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (String g : by.order()) {
            groups.put(g, new ArrayList<>());
        }
        int excluded = 0;
        for (AllianceSpell s : spells) {
            String g = by.groupOf(s);
            if (g == null) {
                excluded++;
                continue;
            }
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(Subject.of(s.years(), s.ended()));
        }
        groups.values().removeIf(List::isEmpty);
        List<SurvivalCurve> curves = new ArrayList<>();
        groups.forEach((g, subjects) -> curves.add(KaplanMeier.fit(g, subjects)));
        LogRank.Result lr = groups.size() < 2 ? null
                : LogRank.test(new ArrayList<>(groups.keySet()), new ArrayList<>(groups.values()));
        return new Result(by, curves, lr, excluded);
    }

    /** The subjects of a Cox model: spells with every covariate known, and how many were left out. */
    public record Design(List<Covariate> covariates, List<AllianceSpell> spells, List<Subject> subjects, int excluded) {}

    public static Design design(List<AllianceSpell> spells, List<Covariate> covariates) {
        List<AllianceSpell> used = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        outer:
        for (AllianceSpell s : spells) {
            double[] x = new double[covariates.size()];
            for (int j = 0; j < x.length; j++) {
                Double v = covariates.get(j).of(s);
                if (v == null) {
                    continue outer;
                }
                x[j] = v;
            }
            used.add(s);
            subjects.add(new Subject(s.years(), s.ended(), x));
        }
        return new Design(List.copyOf(covariates), used, subjects, spells.size() - used.size());
    }
}
