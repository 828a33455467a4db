package org.entente.source.atop;

import java.util.List;

/**
 * A state-year in which the state is in at least one ATOP alliance ({@code atop5_1sy.csv}).
 * {@code obligations} are those the state has undertaken toward any state; {@code atopids}
 * collects {@code atopid1..atopidN}, empty fields left out.
 */
public record AtopStateYear(int ccode, int year, Boolean atopally, Obligations obligations, Integer number,
        Boolean transyr, List<Integer> atopids, String version) {}
