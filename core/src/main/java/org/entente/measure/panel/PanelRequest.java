package org.entente.measure.panel;

import java.util.Set;

/**
 * What rows a panel holds.
 *
 * @param from first year, or null for the first year of state-system data
 * @param to last year, or null for the last
 * @param states keep only dyads of two of these states (state-years of these states); empty: all
 * @param involving keep only dyads with at least one of these states; empty: all
 * @param directed both (A,B) and (B,A) rows, or one row per pair with ccode1 &lt; ccode2
 * @param nmcVersion NMC version to use, or null for the most recently imported
 * @param armsSource where TIV flows come from, or null for the best one loaded
 */
public record PanelRequest(Integer from, Integer to, Set<Integer> states, Set<Integer> involving, boolean directed,
        String nmcVersion, ArmsSource armsSource) {

    public PanelRequest {
        states = Set.copyOf(states);
        involving = Set.copyOf(involving);
    }

    public static PanelRequest all() {
        return new PanelRequest(null, null, Set.of(), Set.of(), true, null, null);
    }

    public PanelRequest years(Integer from, Integer to) {
        return new PanelRequest(from, to, states, involving, directed, nmcVersion, armsSource);
    }

    public PanelRequest states(Set<Integer> states) {
        return new PanelRequest(from, to, states, involving, directed, nmcVersion, armsSource);
    }

    public PanelRequest undirected() {
        return new PanelRequest(from, to, states, involving, false, nmcVersion, armsSource);
    }

    /** Whether a pair of states passes the state filters. */
    public boolean wants(int a, int b) {
        if (!states.isEmpty() && !(states.contains(a) && states.contains(b))) {
            return false;
        }
        return involving.isEmpty() || involving.contains(a) || involving.contains(b);
    }
}
