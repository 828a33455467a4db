package org.entente.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 8's verdict rule (rule-verdict). Each factor is scored in [-1, 1] by its section's rule;
 * the score is the weighted mean of the scored factors, and the rating follows from thresholds:
 * below {@link #FRAGILE_BELOW} FRAGILE, above {@link #DURABLE_ABOVE} DURABLE, UNCERTAIN between.
 * Fewer than {@link #MIN_WEIGHT} units of weight scored: UNDETERMINED. No alliance by either
 * definition: NOT_AN_ALLIANCE (the score is still shown).
 *
 * <p>The weights: a shared threat 2, as Holsti and Walt make it the necessary condition of an
 * alliance; the formal commitment, the threat congruence, strategic vision, trust and the arms
 * trade 1 each (Walt: arms transfers strengthen an alignment but rarely make one); economic
 * trajectories, demography, rhetoric and events 0.5 each, as slower-moving or noisier signs.
 */
public final class DurabilityRule {

    private DurabilityRule() {}

    public static final double FRAGILE_BELOW = -0.1;
    public static final double DURABLE_ABOVE = 0.1;
    public static final double MIN_WEIGHT = 3;

    /** Factor keys and default weights, in report order. */
    public static final Map<String, Double> WEIGHTS;

    static {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("commitment", 1.0);
        w.put("shared-threat", 2.0);
        w.put("threat-congruence", 1.0);
        w.put("strategic-vision", 1.0);
        w.put("economic-trajectories", 0.5);
        w.put("demography", 0.5);
        w.put("trust", 1.0);
        w.put("arms-foundation", 1.0);
        w.put("rhetoric", 0.5);
        w.put("events", 0.5);
        WEIGHTS = java.util.Collections.unmodifiableMap(w);
    }

    /** Labels for factors that an assumption scores when no section did. */
    static final Map<String, String> LABELS = Map.of("commitment", "Formal commitment (alliance type)",
            "shared-threat", "Shared external threat", "threat-congruence", "Congruence of threat perceptions",
            "strategic-vision", "Strategic vision", "economic-trajectories", "Economic trajectories", "demography", "Demography",
            "trust", "Trust", "arms-foundation", "Arms-trade ties", "rhetoric", "Rhetoric", "events", "Events");

    public static void checkKeys(Map<String, Double> overrides) {
        for (String k : overrides.keySet()) {
            if (!WEIGHTS.containsKey(k)) {
                throw new IllegalArgumentException("--assume: unknown verdict factor '" + k + "'; the factors are "
                        + String.join(", ", WEIGHTS.keySet()));
            }
        }
    }

    static Verdict.Rating rating(double score) {
        return score < FRAGILE_BELOW ? Verdict.Rating.FRAGILE : score > DURABLE_ABOVE ? Verdict.Rating.DURABLE : Verdict.Rating.UNCERTAIN;
    }

    /**
     * Combines the factors. {@code scores} and {@code weights} override a factor's score or weight
     * (from {@code --assume}); an overridden score needs no section to have scored the factor.
     */
    static Verdict verdict(List<FactorInput> inputs, boolean alliance, Map<String, Double> scores, Map<String, Double> weights) {
        checkKeys(scores);
        checkKeys(weights);
        Map<String, FactorInput> byKey = new LinkedHashMap<>();
        for (FactorInput f : inputs) {
            byKey.put(f.key(), f);
        }
        List<FactorInput> ordered = new ArrayList<>();
        for (String k : WEIGHTS.keySet()) {
            FactorInput f = byKey.get(k);
            if (scores.containsKey(k)) {
                f = new FactorInput(k, f == null ? LABELS.get(k) : f.label(), scores.get(k), "assumed",
                        List.of(SourceRef.assumption("factor." + k, Numbers.format(scores.get(k)))));
            }
            if (f != null) {
                ordered.add(f);
            }
        }
        double total = 0;
        double sum = 0;
        for (FactorInput f : ordered) {
            if (f.score() != null) {
                double w = weights.getOrDefault(f.key(), WEIGHTS.get(f.key()));
                total += w;
                sum += w * f.score();
            }
        }
        List<Verdict.Factor> factors = new ArrayList<>();
        for (FactorInput f : ordered) {
            double w = weights.getOrDefault(f.key(), WEIGHTS.get(f.key()));
            double contribution = f.score() == null || total == 0 ? 0 : w * f.score() / total;
            List<SourceRef> refs = new ArrayList<>(f.sources());
            if (weights.containsKey(f.key())) {
                refs.add(SourceRef.assumption("weight." + f.key(), Numbers.format(w)));
            }
            factors.add(new Verdict.Factor(f.key(), f.label(), f.score(), w, contribution, f.basis(), refs));
        }
        double score = total == 0 ? 0 : sum / total;
        Verdict.Rating rating = !alliance ? Verdict.Rating.NOT_AN_ALLIANCE
                : total < MIN_WEIGHT ? Verdict.Rating.UNDETERMINED : rating(score);
        return new Verdict(rating, score, summary(rating, score, factors, total), factors);
    }

    private static String summary(Verdict.Rating rating, double score, List<Verdict.Factor> factors, double total) {
        if (total == 0) {
            return "No factor could be scored.";
        }
        List<Verdict.Factor> scored = factors.stream().filter(f -> f.score() != null).toList();
        List<String> together = scored.stream().filter(f -> f.contribution() > 0)
                .sorted(Comparator.comparingDouble(Verdict.Factor::contribution).reversed()).limit(3)
                .map(f -> f.label().toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> apart = scored.stream().filter(f -> f.contribution() < 0)
                .sorted(Comparator.comparingDouble(Verdict.Factor::contribution)).limit(3)
                .map(f -> f.label().toLowerCase(java.util.Locale.ROOT)).toList();
        String head = switch (rating) {
            case NOT_AN_ALLIANCE -> "Not an alliance by either definition";
            case UNDETERMINED -> "Undetermined: too few factors scored (weight " + Numbers.format(total) + " of at least "
                    + Numbers.format(MIN_WEIGHT) + ")";
            default -> rating.name().charAt(0) + rating.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
        return head + " (score " + Numbers.format(score) + ")"
                + (together.isEmpty() ? "" : "; held together by " + String.join(", ", together))
                + (apart.isEmpty() ? "" : "; pulled apart by " + String.join(", ", apart)) + ".";
    }
}
