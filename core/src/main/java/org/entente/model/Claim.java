package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * A statement with a number that can be checked against data. {@code metric} names what is
 * measured (e.g. {@code arms-deliveries}, {@code share-of-supplier-exports}, {@code bilateral-trade})
 * with its {@code params} (supplier, recipient, years...); {@code unit} is the claim's own unit
 * ({@code USD million}, {@code percent}, {@code TIV million}); {@code tolerance} is relative (0.1 = 10%).
 * {@code note} says how the analyst read the source (which years "recent" means, say).
 */
public record Claim(String id, String text, String metric, Map<String, String> params, double value, String unit,
        Double tolerance, String note, List<String> sources) implements Cited {

    /** The record as first published (no note), kept for existing callers. */
    public Claim(String id, String text, String metric, Map<String, String> params, double value, String unit,
            Double tolerance, List<String> sources) {
        this(id, text, metric, params, value, unit, tolerance, null, sources);
    }
}
