package org.entente.source.atop;

import java.util.List;

/**
 * One ATOP alliance ({@code atop5_1a.csv}), or one phase of it ({@code atop5_1aph.csv}: then
 * {@code atopidphase} and {@code phase} are set; for the alliance level they are null).
 *
 * @param cowid the alliance's number in COW Formal Alliances 3.0, null if COW lacks it
 * @param cow4id the alliance's number in COW Formal Alliances 4.1, null if COW lacks it
 * @param end year 0 = still in effect on 31 Dec 2018
 * @param conditio any primary obligation is conditional
 * @param asymm obligations vary among members
 * @param members COW codes of {@code mem1..memN}, in file order
 */
public record AtopAlliance(int atopid, Double atopidphase, Integer phase, Integer cowid, Integer cow4id,
        AtopDates begin, AtopDates end, Boolean ineffect, Boolean bilat, Integer maxphase, Obligations obligations,
        Boolean conditio, Boolean asymm, List<Integer> members, String version) {}
