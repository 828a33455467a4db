package org.entente.source.atop;

/**
 * One state's membership in one phase of an ATOP alliance ({@code atop5_1m.csv}), with the
 * obligations this member undertakes.
 *
 * @param cowsys the member was in the COW state system when it signed
 * @param exit year 0 = still a member on 31 Dec 2018
 * @param conditional whether any obligation, and each of defense/offense/neutrality/consultation,
 *     is conditional ({@code conditio, defcon, offcon, neucon, concon})
 * @param obvary this member has different obligations to different partners
 */
public record AtopMembership(int atopid, int member, Integer phase, Boolean cowsys, AtopDates entry, AtopDates exit,
        Boolean ineffect, Boolean bilat, Obligations obligations, Conditions conditional, Boolean obvary,
        String version) {

    /** The codebook's summary dummies for conditional obligations. */
    public record Conditions(Boolean any, Boolean defense, Boolean offense, Boolean neutral, Boolean consul) {}
}
