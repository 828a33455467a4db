package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.entente.model.CaseFact;
import org.entente.model.Party;
import org.entente.model.StrategicObjective;
import org.entente.model.StrategicObjective.Stance;

/**
 * Section 3's scoring rules (rule-incompatibility). Every score lies in [-1, 1]: -1 pulls the
 * partners apart, +1 holds them together.
 */
public final class Incompatibility {

    private Incompatibility() {}

    /** One issue both parties have an aim on. */
    public record IssueStances(String issue, Stance a, Stance b, List<StrategicObjective> objectives) {
        public boolean compatible() {
            return a == b;
        }
    }

    /**
     * Strategic vision: {@code score} = (issues with the same stance − issues with opposite stances)
     * / issues both address; when they address none in common, +1 if their overall stances agree
     * and −1 if not. {@code overallA}/{@code overallB}: the stance held on most of a party's issues
     * ("mixed" on a tie). Null score when either party has no objectives.
     */
    public record Vision(List<IssueStances> issues, String overallA, String overallB, Double score,
            List<StrategicObjective> unmatched) {}

    public static Vision vision(List<StrategicObjective> objectives, Party a, Party b) {
        Map<String, StrategicObjective> byA = new LinkedHashMap<>();
        Map<String, StrategicObjective> byB = new LinkedHashMap<>();
        for (StrategicObjective o : objectives) {
            if (PartyRef.is(o.party(), a)) {
                byA.put(ThreatCongruence.norm(o.issue()), o);
            } else if (PartyRef.is(o.party(), b)) {
                byB.put(ThreatCongruence.norm(o.issue()), o);
            }
        }
        List<IssueStances> issues = new ArrayList<>();
        List<StrategicObjective> unmatched = new ArrayList<>();
        for (var e : byA.entrySet()) {
            StrategicObjective ob = byB.get(e.getKey());
            if (ob == null) {
                unmatched.add(e.getValue());
            } else {
                issues.add(new IssueStances(e.getValue().issue(), e.getValue().stance(), ob.stance(), List.of(e.getValue(), ob)));
            }
        }
        byB.forEach((k, o) -> {
            if (!byA.containsKey(k)) {
                unmatched.add(o);
            }
        });
        String oa = overall(byA.values());
        String ob = overall(byB.values());
        Double score = null;
        if (!issues.isEmpty()) {
            long same = issues.stream().filter(IssueStances::compatible).count();
            score = (same - (issues.size() - same)) / (double) issues.size();
        } else if (!byA.isEmpty() && !byB.isEmpty()) {
            score = oa.equals(ob) && !oa.equals("mixed") ? 1.0 : oa.equals("mixed") || ob.equals("mixed") ? 0.0 : -1.0;
        }
        return new Vision(issues, oa, ob, score, unmatched);
    }

    static String overall(java.util.Collection<StrategicObjective> os) {
        long rev = os.stream().filter(o -> o.stance() == Stance.REVISIONIST).count();
        long sq = os.size() - rev;
        return rev > sq ? "revisionist" : sq > rev ? "status quo" : "mixed";
    }

    /** The case facts of {@code category} about either party (or both) dated no later than {@code year}. */
    public static List<CaseFact> facts(List<CaseFact> facts, CaseFact.Category category, Party a, Party b, int year) {
        return facts.stream().filter(f -> f.category() == category)
                .filter(f -> f.party() == null || f.party().isBlank() || PartyRef.is(f.party(), a) || PartyRef.is(f.party(), b)
                        || f.party().contains(a.abbrev()) || f.party().contains(b.abbrev()))
                .filter(f -> f.year() == null || f.year() <= year)
                .toList();
    }

    /**
     * The balance of the facts' directions: (facts that hold together − facts that pull apart) /
     * facts with a direction. Neutral facts (direction 0) are context and do not dilute it. Empty
     * when no fact has a direction.
     */
    public static OptionalDouble meanDirection(List<CaseFact> facts) {
        return facts.stream().mapToInt(CaseFact::direction).filter(d -> d != 0).map(d -> Integer.signum(d)).average();
    }

    /**
     * Diverging trajectories: with g = ln(CINC at the end / CINC at the start) for each party, the
     * score is 1 − 2 × min(1, |gA − gB| / ln 2). Equal trends give +1; a gap of a doubling (one
     * party's share of world capabilities doubling relative to the other's) or more gives −1.
     */
    public static double trajectoryScore(double startA, double endA, double startB, double endB) {
        double ga = Math.log(endA / startA);
        double gb = Math.log(endB / startB);
        return 1 - 2 * Math.min(1, Math.abs(ga - gb) / Math.log(2));
    }

    /**
     * Trade trend: the pair's trade as a share of each party's total trade, at the start and the
     * end; the score is log2(end share / start share) averaged over the two parties, clipped to
     * [-1, 1]: a share that doubles gives +1, one that halves −1.
     */
    public static double tradeTrendScore(double shareStartA, double shareEndA, double shareStartB, double shareEndB) {
        double sa = Math.log(shareEndA / shareStartA) / Math.log(2);
        double sb = Math.log(shareEndB / shareStartB) / Math.log(2);
        return Math.max(-1, Math.min(1, (sa + sb) / 2));
    }

    /**
     * Demographic imbalance: r = population of the larger / the smaller party. If r grows by more
     * than 10% over the period the imbalance is widening (−1); if it shrinks by more than 10%,
     * narrowing (+1); otherwise 0.
     */
    public static int imbalanceScore(double ratioStart, double ratioEnd) {
        double change = ratioEnd / ratioStart;
        return change > 1.1 ? -1 : change < 1 / 1.1 ? 1 : 0;
    }

    /** Mean of the present values; null when none is present. */
    public static Double mean(Double... xs) {
        double sum = 0;
        int n = 0;
        for (Double x : xs) {
            if (x != null && !x.isNaN()) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
