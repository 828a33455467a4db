package org.entente.source.cow;

import java.time.LocalDate;

/**
 * Two states' shared membership in one COW alliance, over the period both were members
 * ({@code alliance_v4.1_by_directed.csv} or {@code _by_dyad.csv}). A null end date means in force
 * at the end of the data (2012).
 */
public record AllianceDyadSpell(int version4id, int ccode1, int ccode2, LocalDate start, LocalDate end,
        Boolean leftCensor, Boolean rightCensor, AllianceTypes types, String version) {}
