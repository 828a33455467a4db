package org.entente.model;

/**
 * Heuer's ratings of an evidence item against a hypothesis. Scores count inconsistency only, as
 * ACH ranks hypotheses by the evidence against them.
 */
public enum Consistency {
    CC("very consistent", 0), C("consistent", 0), N("neutral or not applicable", 0),
    I("inconsistent", 1), II("very inconsistent", 2);

    private final String label;
    private final int inconsistency;

    Consistency(String label, int inconsistency) {
        this.label = label;
        this.inconsistency = inconsistency;
    }

    public String label() {
        return label;
    }

    public int inconsistency() {
        return inconsistency;
    }
}
