package org.entente.measure.survival;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One ATOP alliance (phase 0) or one phase of it, from its start to its end or to the end of
 * ATOP's coverage ({@code ended} false: censored), with the traits the models use. Covariates a
 * loaded dataset could not give are null.
 *
 * @param cincAsymmetry the strongest member's share of the members' summed CINC in the start year
 * @param majorPower    some member was a COW major power on the start date
 * @param armsShare     share of the members' arms imports (SIPRI TIV, five years before the start)
 *                      that other members supplied
 * @param milinst       ATOP military institutionalisation, 0-2 (Leeds and Anac 2005)
 */
public record AllianceSpell(int atopid, int phase, LocalDate start, LocalDate end, boolean ended, List<Integer> members,
        boolean bilateral, boolean defense, boolean offense, boolean neutral, boolean nonagg, boolean consul,
        boolean conditional, boolean asymmetric, Boolean majorPower, Double cincAsymmetry, Double armsShare,
        Integer milinst) {

    public AllianceSpell {
        members = List.copyOf(members);
    }

    /**
     * Duration in years of 365.25 days, counting both the first and the last day, so that an
     * alliance that began and ended on the same day lasted one day rather than none.
     */
    public double years() {
        return (ChronoUnit.DAYS.between(start, end) + 1) / 365.25;
    }

    /** "4980" for an alliance, "1020.2" for its second phase. */
    public String id() {
        return phase == 0 ? Integer.toString(atopid) : atopid + "." + phase;
    }

    /** ATOP's strongest obligation, in the order defense, offense, neutrality, non-aggression, consultation. */
    public String type() {
        if (defense) {
            return "defense";
        }
        if (offense) {
            return "offense";
        }
        if (neutral) {
            return "neutrality";
        }
        if (nonagg) {
            return "non-aggression";
        }
        return consul ? "consultation only" : "none";
    }
}
