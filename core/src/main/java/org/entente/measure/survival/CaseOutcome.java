package org.entente.measure.survival;

/** The model's prediction for a case's alliance ({@link CaseSurvival}), or why there is none. */
public sealed interface CaseOutcome permits CaseSurvival, CaseOutcome.Missing {

    /** No prediction: {@code reason} names what is missing. */
    record Missing(String reason) implements CaseOutcome {}
}
