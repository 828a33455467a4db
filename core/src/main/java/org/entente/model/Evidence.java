package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * An item of evidence and its rating against each hypothesis ({@code ratings}: hypothesis id →
 * rating). {@code weight} is its credibility and relevance, 0.5 low, 1 medium, 2 high.
 */
public record Evidence(String id, String description, double weight, Map<String, Consistency> ratings,
        List<String> sources) implements Cited {}
