package org.entente.model;

import java.util.List;

/** A competing explanation of the relationship, for Heuer's analysis of competing hypotheses. */
public record Hypothesis(String id, String label, String theorist, String description, List<String> sources)
        implements Cited {}
