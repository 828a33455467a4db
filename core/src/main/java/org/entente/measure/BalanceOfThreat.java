package org.entente.measure;

/**
 * A balance-of-threat index after Walt (1987, <i>The Origins of Alliances</i>): states ally
 * against threats, and a threat is made of aggregate power, geographic proximity, offensive power
 * and aggressive intentions. This class turns the four factors into numbers for a directed pair,
 * the threat an <i>other</i> state poses to a <i>self</i> state in one year. The dyad-year builder
 * runs the SQL forms (stage by stage); the assessment uses the Java forms; tests hold both to the same hand-worked
 * values.
 *
 * <p>Every factor is normalised to 0..1, 1 the most threatening:
 * <ul>
 *   <li><b>power</b> {@code P = cinc_other / (cinc_self + cinc_other)}: the other's share of the
 *       pair's combined CINC (NMC);
 *   <li><b>proximity</b> {@code X = max(contiguity score, distance score)}. Contiguity score by COW
 *       direct contiguity type: land or river border 1.0, water up to 12 miles 0.8, 24 miles 0.6,
 *       150 miles 0.4, 400 miles 0.2, none 0. Distance score {@code 1 / (1 + km / 1000)} over the
 *       capital-to-capital distance: power fades with distance (Boulding's loss-of-strength
 *       gradient), here by half at 1,000 km, by 85% at 5,800 km (Moscow-Beijing). Either input
 *       alone suffices;
 *   <li><b>offense</b> {@code O}: the other's share of the pair's military expenditure and its
 *       share of the pair's military personnel (NMC milex, milper), averaged over those known. It
 *       stands in for offensive capability, which no dataset codes directly;
 *   <li><b>intent</b> {@code I}: the mean of (a) the share of the other's events toward self that
 *       are conflictual (CAMEO QuadClass 3 or 4) and (b) {@code (10 - mean Goldstein) / 20} over
 *       those events (Goldstein 1992 runs -10 hostile to +10 cooperative). Missing when no event
 *       data are loaded or the other sent self no event that year.
 * </ul>
 * The index is the unweighted mean of the known factors, and is missing unless power and
 * proximity are both known; {@link Factors#known()} tells how many entered (3 or 4). Equal weights
 * because Walt ranks none of the four above the others.
 */
public final class BalanceOfThreat {

    /** Contiguity score by COW conttype 0..5. */
    static final double[] CONTIGUITY_SCORE = {0.0, 1.0, 0.8, 0.6, 0.4, 0.2};

    /** Distance at which the distance score falls to one half. */
    public static final double HALF_DISTANCE_KM = 1000;

    private BalanceOfThreat() {}

    /** Raw inputs for the threat other poses to self; any may be null (unknown). */
    public record Inputs(Double cincSelf, Double cincOther, Integer conttype, Double capitalKm,
            Double milexSelf, Double milexOther, Double milperSelf, Double milperOther,
            Long eventsFromOther, Long conflictEventsFromOther, Double meanGoldsteinFromOther) {}

    /** The four normalised factors; null where unknown. */
    public record Factors(Double power, Double proximity, Double offense, Double intent) {

        /** Mean of the known factors; null unless power and proximity are known. */
        public Double index() {
            if (power == null || proximity == null) {
                return null;
            }
            double sum = power + proximity;
            int n = 2;
            if (offense != null) {
                sum += offense;
                n++;
            }
            if (intent != null) {
                sum += intent;
                n++;
            }
            return sum / n;
        }

        /** How many factors the index rests on (0 when it is missing). */
        public int known() {
            if (power == null || proximity == null) {
                return 0;
            }
            return 2 + (offense != null ? 1 : 0) + (intent != null ? 1 : 0);
        }
    }

    public static Factors factors(Inputs in) {
        return new Factors(otherShare(in.cincSelf(), in.cincOther()),
                proximity(in.conttype(), in.capitalKm()),
                offense(in.milexSelf(), in.milexOther(), in.milperSelf(), in.milperOther()),
                intent(in.eventsFromOther(), in.conflictEventsFromOther(), in.meanGoldsteinFromOther()));
    }

    static Double otherShare(Double self, Double other) {
        return self == null || other == null || self + other == 0 ? null : other / (self + other);
    }

    static Double proximity(Integer conttype, Double km) {
        Double c = conttype == null ? null : CONTIGUITY_SCORE[conttype];
        Double d = km == null ? null : 1 / (1 + km / HALF_DISTANCE_KM);
        if (c == null) {
            return d;
        }
        return d == null ? c : Math.max(c, d);
    }

    static Double offense(Double milexSelf, Double milexOther, Double milperSelf, Double milperOther) {
        Double x = otherShare(milexSelf, milexOther);
        Double p = otherShare(milperSelf, milperOther);
        if (x == null) {
            return p;
        }
        return p == null ? x : (x + p) / 2;
    }

    static Double intent(Long events, Long conflictEvents, Double meanGoldstein) {
        if (events == null || events == 0 || conflictEvents == null) {
            return null;
        }
        double share = conflictEvents / (double) events;
        return meanGoldstein == null ? share : (share + (10 - meanGoldstein) / 20) / 2;
    }

    // ---- SQL forms: the same formulas over column names, one stage at a time ----------------
    // The panel computes each stage as its own column, so no expression is evaluated twice.

    /** The other side's share of a pair's quantity (power from CINC, or milex, or milper). */
    public static String shareSql(String self, String other) {
        return "(" + other + " / nullif(" + self + " + " + other + ", 0))";
    }

    /** The contiguity score of a COW contiguity type (0..5). */
    public static String contiguityScoreSql(String conttype) {
        return "(CASE " + conttype + " WHEN 1 THEN 1.0 WHEN 2 THEN 0.8 WHEN 3 THEN 0.6 WHEN 4 THEN 0.4"
                + " WHEN 5 THEN 0.2 WHEN 0 THEN 0.0 END)";
    }

    /** The distance score of a capital-to-capital distance in km. */
    public static String distanceScoreSql(String capitalKm) {
        return "(1.0 / (1.0 + " + capitalKm + " / " + HALF_DISTANCE_KM + "))";
    }

    /** Proximity from the two scores: greatest() skips NULLs, so either one alone suffices. */
    public static String proximitySql(String contiguityScore, String distanceScore) {
        return "greatest(" + contiguityScore + ", " + distanceScore + ")";
    }

    /** Offense from the other's milex share and milper share: their mean, or the one known. */
    public static String offenseSql(String milexShare, String milperShare) {
        return meanOfKnownSql(milexShare, milperShare);
    }

    public static String conflictShareSql(String events, String conflictEvents) {
        return "(" + conflictEvents + " / nullif(" + events + ", 0)::DOUBLE)";
    }

    public static String goldsteinTermSql(String meanGoldstein) {
        return "((10 - " + meanGoldstein + ") / 20)";
    }

    /** Intent from the conflict share and the Goldstein term; none without the conflict share. */
    public static String intentSql(String conflictShare, String goldsteinTerm) {
        return "(CASE WHEN " + conflictShare + " IS NULL THEN NULL WHEN " + goldsteinTerm + " IS NULL THEN "
                + conflictShare + " ELSE (" + conflictShare + " + " + goldsteinTerm + ") / 2 END)";
    }

    /**
     * The index over the column names holding the factors; {@code intent} null when there is no
     * intent column at all (no event data). Power and proximity enter as plain terms, so a NULL in
     * either makes the sum, and the index, NULL.
     */
    public static String indexSql(String power, String proximity, String offense, String intent) {
        String sum = "(" + power + " + " + proximity + " + coalesce(" + offense + ", 0)"
                + (intent == null ? "" : " + coalesce(" + intent + ", 0)") + ")";
        String n = "(2 + (" + offense + " IS NOT NULL)::INT" + (intent == null ? "" : " + (" + intent + " IS NOT NULL)::INT")
                + ")";
        return "(" + sum + " / " + n + ")";
    }

    /** Mean of two values, or the one known, or NULL; by arithmetic, which DuckDB runs faster than CASE. */
    private static String meanOfKnownSql(String a, String b) {
        return "((coalesce(" + a + ", 0) + coalesce(" + b + ", 0)) / nullif((" + a + " IS NOT NULL)::INT + (" + b
                + " IS NOT NULL)::INT, 0))";
    }
}
