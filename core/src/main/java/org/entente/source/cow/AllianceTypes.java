package org.entente.source.cow;

/**
 * The four commitments COW Formal Alliances codes (Gibler 2009): defense pact (Type I),
 * neutrality (Type II), non-aggression (Type IIa) and entente (Type III). Null where the file
 * leaves a code empty.
 */
public record AllianceTypes(Boolean defense, Boolean neutrality, Boolean nonaggression, Boolean entente) {}
