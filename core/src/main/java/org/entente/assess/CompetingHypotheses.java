package org.entente.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Consistency;
import org.entente.model.Evidence;
import org.entente.model.Hypothesis;


/**
 * Section 6's rules (rule-ach), after Heuer's Analysis of Competing Hypotheses: hypotheses are
 * ranked by the evidence against them, not for them.
 *
 * <ul>
 *   <li>Inconsistency score of hypothesis h: Σ over items e of weight(e) × inc(rating(e, h)), with
 *       inc = 0 for CC, C, N; 1 for I; 2 for II. The lowest score is the leading hypothesis.</li>
 *   <li>Diagnosticity of item e: weight(e) × (max over h of inc − min over h of inc), the most it
 *       can separate two hypotheses' scores. Ties are broken by the spread of the full rating
 *       (CC +2, C +1, N 0, I −1, II −2), then by the order of the items.</li>
 *   <li>Sensitivity: the scores recomputed without one item; the check reports, for the most
 *       diagnostic item and for every other, which hypotheses lead without it.</li>
 * </ul>
 * An item without a rating for a hypothesis counts as N.
 */
public final class CompetingHypotheses {

    private CompetingHypotheses() {}

    public record Score(Hypothesis hypothesis, double inconsistency) {}

    public record Diagnosticity(Evidence item, double value, int fullSpread) {}

    /** Leaders (ties included) without {@code dropped}, and whether they differ from the baseline's. */
    public record Drop(Evidence dropped, List<Score> scores, List<String> leaders, boolean changesLeader) {}

    public record Result(List<Score> scores, List<String> leaders, List<Diagnosticity> diagnosticity,
            Drop mostDiagnosticDropped, List<Drop> drops) {}

    static int fullValue(Consistency c) {
        return switch (c) {
            case CC -> 2;
            case C -> 1;
            case N -> 0;
            case I -> -1;
            case II -> -2;
        };
    }

    static Consistency rating(Evidence e, Hypothesis h) {
        Consistency c = e.ratings() == null ? null : e.ratings().get(h.id());
        return c == null ? Consistency.N : c;
    }

    public static List<Score> scores(List<Hypothesis> hs, List<Evidence> items) {
        List<Score> out = new ArrayList<>();
        for (Hypothesis h : hs) {
            double s = 0;
            for (Evidence e : items) {
                s += e.weight() * rating(e, h).inconsistency();
            }
            out.add(new Score(h, s));
        }
        return out;
    }

    /** Ids of the hypotheses with the lowest score (several when tied). */
    public static List<String> leaders(List<Score> scores) {
        double min = scores.stream().mapToDouble(Score::inconsistency).min().orElse(Double.NaN);
        return scores.stream().filter(s -> Math.abs(s.inconsistency() - min) < 1e-9)
                .map(s -> s.hypothesis().id()).toList();
    }

    public static Diagnosticity diagnosticity(Evidence e, List<Hypothesis> hs) {
        int maxInc = Integer.MIN_VALUE;
        int minInc = Integer.MAX_VALUE;
        int maxFull = Integer.MIN_VALUE;
        int minFull = Integer.MAX_VALUE;
        for (Hypothesis h : hs) {
            Consistency c = rating(e, h);
            maxInc = Math.max(maxInc, c.inconsistency());
            minInc = Math.min(minInc, c.inconsistency());
            maxFull = Math.max(maxFull, fullValue(c));
            minFull = Math.min(minFull, fullValue(c));
        }
        if (hs.isEmpty()) {
            return new Diagnosticity(e, 0, 0);
        }
        return new Diagnosticity(e, e.weight() * (maxInc - minInc), maxFull - minFull);
    }

    public static Result analyse(List<Hypothesis> hs, List<Evidence> items) {
        List<Score> base = scores(hs, items);
        List<String> baseLeaders = leaders(base);
        Map<Evidence, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            order.put(items.get(i), i);
        }
        List<Diagnosticity> diag = new ArrayList<>(items.stream().map(e -> diagnosticity(e, hs)).toList());
        diag.sort(Comparator.comparingDouble(Diagnosticity::value).reversed()
                .thenComparing(Comparator.comparingInt(Diagnosticity::fullSpread).reversed())
                .thenComparing(d -> order.get(d.item())));
        List<Drop> drops = new ArrayList<>();
        for (Evidence e : items) {
            List<Evidence> rest = items.stream().filter(x -> x != e).toList();
            List<Score> s = scores(hs, rest);
            List<String> l = leaders(s);
            drops.add(new Drop(e, s, l, !l.equals(baseLeaders)));
        }
        Drop most = diag.isEmpty() ? null
                : drops.stream().filter(d -> d.dropped() == diag.get(0).item()).findFirst().orElse(null);
        return new Result(base, baseLeaders, diag, most, drops);
    }
}
