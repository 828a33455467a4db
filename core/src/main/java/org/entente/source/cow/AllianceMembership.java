package org.entente.source.cow;

import java.time.LocalDate;

/**
 * One state's membership in one COW alliance ({@code alliance_v4.1_by_member.csv}). An end
 * date of null means the membership was in force at the end of the data (2012).
 */
public record AllianceMembership(int version4id, int ccode, String ssType, LocalDate allianceStart,
        LocalDate allianceEnd, LocalDate start, LocalDate end, Boolean leftCensor, Boolean rightCensor,
        AllianceTypes types, String version) {}
