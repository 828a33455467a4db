package org.entente.measure.survival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.data.AllianceSpells;

/**
 * Builds the spells and their covariates from what {@link AllianceSpells} read. The covariates are
 * taken at the spell's start (see docs/alliance-survival.md for each rule and its source).
 */
public final class SpellBuilder {

    /** Years of arms deliveries before the start that the arms-transfer share sums. */
    public static final int ARMS_YEARS = 5;

    /** The spells, and the ATOP rows left out with the reason. */
    public record Spells(AllianceSpells.Inputs inputs, List<AllianceSpell> spells, List<String> dropped) {
        public Spells {
            spells = List.copyOf(spells);
            dropped = List.copyOf(dropped);
        }
    }

    private SpellBuilder() {}

    public static Spells build(AllianceSpells.Inputs in) {
        List<AllianceSpell> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int[] arms = in.armsYears();
        for (AllianceSpells.Row r : in.rows()) {
            String id = r.phase() == 0 ? Integer.toString(r.atopid()) : r.atopid() + "." + r.phase();
            LocalDate start = SpellDates.date(r.begyr(), r.begmo(), r.begday());
            if (start == null) {
                dropped.add(id + ": no start year");
                continue;
            }
            boolean ended = r.endyr() != null && r.endyr() > 0;
            LocalDate end = ended ? SpellDates.date(r.endyr(), r.endmo(), r.endday()) : SpellDates.COVERAGE_END;
            if (end.isBefore(start)) {
                // only when a missing day put the end before a start in the same month
                end = start;
            }
            int y = start.getYear();
            out.add(new AllianceSpell(r.atopid(), r.phase(), start, end, ended, r.members(), r.bilateral(), r.defense(),
                    r.offense(), r.neutral(), r.nonagg(), r.consul(), r.conditional(), r.asymmetric(),
                    majorPower(in, r.members(), start), cincAsymmetry(in, r.members(), y), armsShare(in, arms, r.members(), y),
                    r.milinst()));
        }
        return new Spells(in, out, dropped);
    }

    /**
     * The spells split into alliance-years for a time-varying model: intervals (k, k + 1] in years
     * since the start (the last one ending at the spell's end, and carrying its end), with CINC
     * asymmetry, major-power membership and the arms-transfer share taken anew for the calendar year
     * in which each alliance-year begins; the other covariates stay as at the start. An interval
     * with a covariate unknown is left out, as R's na.omit leaves out the row.
     */
    public static List<TimeVaryingCox.Interval> yearly(Spells spells, List<Covariate> covariates) {
        AllianceSpells.Inputs in = spells.inputs();
        int[] arms = in.armsYears();
        List<TimeVaryingCox.Interval> out = new ArrayList<>();
        List<AllianceSpell> all = spells.spells();
        for (int id = 0; id < all.size(); id++) {
            AllianceSpell s = all.get(id);
            double total = s.years();
            for (int k = 0; k < total; k++) {
                double stop = Math.min(k + 1, total);
                int year = s.start().getYear() + k;
                AllianceSpell then = new AllianceSpell(s.atopid(), s.phase(), s.start(), s.end(), s.ended(), s.members(),
                        s.bilateral(), s.defense(), s.offense(), s.neutral(), s.nonagg(), s.consul(), s.conditional(),
                        s.asymmetric(), majorPower(in, s.members(), s.start().plusYears(k)),
                        cincAsymmetry(in, s.members(), year), armsShare(in, arms, s.members(), year), s.milinst());
                double[] x = new double[covariates.size()];
                boolean known = true;
                for (int j = 0; j < x.length && known; j++) {
                    Double v = covariates.get(j).of(then);
                    known = v != null;
                    x[j] = known ? v : 0;
                }
                if (known) {
                    out.add(new TimeVaryingCox.Interval(id, k, stop, s.ended() && stop == total, x));
                }
            }
        }
        return out;
    }

    /** Null when no major-power spells are loaded. */
    static Boolean majorPower(AllianceSpells.Inputs in, List<Integer> members, LocalDate on) {
        if (in.majors().isEmpty()) {
            return null;
        }
        return in.majors().stream().anyMatch(m -> members.contains(m.ccode()) && !on.isBefore(m.start()) && !on.isAfter(m.end()));
    }

    /** The strongest member's share of the members' CINC; null unless two members have a CINC that year. */
    static Double cincAsymmetry(AllianceSpells.Inputs in, List<Integer> members, int year) {
        double sum = 0;
        double max = 0;
        int known = 0;
        for (int m : members) {
            Double c = in.cinc(m, year);
            if (c != null) {
                sum += c;
                max = Math.max(max, c);
                known++;
            }
        }
        return known < 2 || sum <= 0 ? null : max / sum;
    }

    /**
     * TIV the members delivered to one another in the {@link #ARMS_YEARS} years before the start, as a
     * share of all the TIV they received in those years (0 when they received none). Null when the
     * loaded SIPRI data do not cover those years.
     */
    static Double armsShare(AllianceSpells.Inputs in, int[] covered, List<Integer> members, int startYear) {
        int from = startYear - ARMS_YEARS;
        int to = startYear - 1;
        if (covered == null || from < covered[0] || to > covered[1]) {
            return null;
        }
        double between = 0;
        double total = 0;
        for (int recipient : members) {
            for (int year = from; year <= to; year++) {
                for (var e : in.importsOf(recipient, year).entrySet()) {
                    total += e.getValue();
                    if (e.getKey() != recipient && members.contains(e.getKey())) {
                        between += e.getValue();
                    }
                }
            }
        }
        return total > 0 ? between / total : 0.0;
    }
}
