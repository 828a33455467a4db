package org.entente.assess;

import java.util.List;

/**
 * The durability verdict of section 8: a score in [-1, 1] from the weighted factors, the rating
 * its thresholds give, and the factors ordered by how much they move the score.
 */
public record Verdict(Rating rating, double score, String summary, List<Factor> factors) {

    /** Ratings, from the score thresholds of docs/assessment-method.md (rule-verdict). */
    public enum Rating {
        /** not an alliance by either definition: durability of an alliance does not arise */
        NOT_AN_ALLIANCE,
        /** too few factors could be scored to judge */
        UNDETERMINED,
        FRAGILE,
        UNCERTAIN,
        DURABLE
    }

    public Verdict {
        factors = List.copyOf(factors);
    }

    /**
     * One input of the verdict: its score in [-1, 1] (+1 holds the partners together, -1 pulls them
     * apart), its weight, {@code contribution} = weight × score / total weight of the scored factors,
     * and where the score came from. {@code score} is null when the factor could not be scored.
     */
    public record Factor(String key, String label, Double score, double weight, double contribution,
            String basis, List<SourceRef> sources) {
        public Factor {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }
}
