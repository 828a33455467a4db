package org.entente.source.atop;

/**
 * ATOP's five primary obligations (codebook section 2.33): defense, offense, neutrality,
 * non-aggression and consultation. Each is a dummy in the published files; a code above zero
 * counts as true. Null where a file leaves the code empty.
 */
public record Obligations(Boolean defense, Boolean offense, Boolean neutral, Boolean nonagg, Boolean consul) {}
