package org.entente.source.cow;

/**
 * A dyad-year of COW alliance commitments as one row of a yearly file: the official
 * {@code _yearly} files give one row per alliance (so {@code version4id} is set and a dyad-year can
 * repeat), peacesciencer's file one row per dyad-year (no alliance id).
 */
public record AllianceDyadYear(Integer version4id, int ccode1, int ccode2, int year, AllianceTypes types,
        String version) {}
