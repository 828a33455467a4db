package org.entente.assess;

import java.util.List;

/**
 * A section's contribution to the verdict: a factor's key, label, score in [-1, 1] (null when it
 * could not be scored), the rule behind it in words, and its sources. The verdict rule weighs them.
 */
record FactorInput(String key, String label, Double score, String basis, List<SourceRef> sources) {

    FactorInput {
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (score != null) {
            score = Math.max(-1, Math.min(1, score));
        }
    }
}
