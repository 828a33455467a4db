package org.entente.measure.triangle;

/**
 * What the rule reads for one pair in one year, exactly as {@code entente dyads} shows it.
 *
 * @param atopDefense ATOP 5.1 {@code atop_defense} (1: a defense pact in force)
 * @param atopOffense ATOP 5.1 {@code atop_offense}
 * @param tauB alliance-portfolio tau-b ({@code tau_b}), or null where it is undefined
 * @param goldstein the dyad's Goldstein balance ({@code goldstein_1to2 + goldstein_2to1}), or null
 *     where no event data cover the year
 */
public record PairInputs(int a, int b, int year, int atopDefense, int atopOffense, Double tauB, Double goldstein) {}
