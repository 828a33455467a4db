package org.entente.measure;

/**
 * The five ATOP obligations one state holds toward another in a year (Leeds et al. 2002), and the
 * alliance tie they make for portfolio similarity.
 *
 * <p>Valued tie, the ordinal scale used for similarity here: 3 for a defense or offense
 * obligation, 2 for neutrality or consultation, 1 for non-aggression only, 0 for none. A state's
 * tie to itself is {@link #SELF_TIE}. The binary tie is 1 for any obligation, 0 for none.
 */
public record AllianceObligations(boolean defense, boolean offense, boolean neutral, boolean nonagg, boolean consul) {

    /** Every state is fully allied with itself (Signorino and Ritter 1999). */
    public static final int SELF_TIE = 3;

    /** Highest valued tie; the range of the valued scale, 0..MAX_TIE. */
    public static final int MAX_TIE = 3;

    public static final AllianceObligations NONE = new AllianceObligations(false, false, false, false, false);

    public int valuedTie() {
        return valuedTie(defense, offense, neutral, nonagg, consul);
    }

    public int binaryTie() {
        return valuedTie() > 0 ? 1 : 0;
    }

    /** Both directions of a directed pair merged: a tie exists if either side holds the obligation. */
    public AllianceObligations or(AllianceObligations o) {
        return new AllianceObligations(defense || o.defense, offense || o.offense, neutral || o.neutral,
                nonagg || o.nonagg, consul || o.consul);
    }

    /** {@link #valuedTie} as SQL over five boolean expressions (NULL counts as false). */
    public static String valuedTieSql(String defense, String offense, String neutral, String nonagg, String consul) {
        return "(CASE WHEN coalesce(" + defense + ", false) OR coalesce(" + offense + ", false) THEN 3"
                + " WHEN coalesce(" + neutral + ", false) OR coalesce(" + consul + ", false) THEN 2"
                + " WHEN coalesce(" + nonagg + ", false) THEN 1 ELSE 0 END)";
    }

    public static int valuedTie(boolean defense, boolean offense, boolean neutral, boolean nonagg, boolean consul) {
        if (defense || offense) {
            return 3;
        }
        if (neutral || consul) {
            return 2;
        }
        return nonagg ? 1 : 0;
    }
}
