package org.entente.assess;

/**
 * Section 7's comparison rules (rule-claims): how a claimed figure is set against a figure from the
 * data, and when they agree.
 *
 * <ul>
 *   <li>Same unit: the claim agrees when |data − claimed| ≤ tolerance × |claimed|, the tolerance
 *       being the claim's own or {@link #DEFAULT_TOLERANCE}; ranks must match exactly unless the
 *       claim gives a tolerance (then ± that many places).</li>
 *   <li>Different units (a claim in US$ against SIPRI TIV, a volume index): the values are not
 *       compared. Where the case makes a second claim in the same unit about another supplier over
 *       the same years, the ratio of the two claims is compared with the ratio of the two TIV
 *       volumes, with the same tolerance; otherwise the outcome is "no data" in the claim's unit,
 *       and the TIV figure is shown for reference.</li>
 * </ul>
 */
public final class ClaimCheck {

    private ClaimCheck() {}

    /** A claim's relative tolerance when it states none: "about" figures are rounded to a tenth. */
    public static final double DEFAULT_TOLERANCE = 0.10;

    public enum Outcome {
        AGREES("agrees"), DISAGREES("disagrees"), NO_DATA("no data");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Same-unit comparison, relative tolerance. */
    public static Outcome compare(double claimed, double data, double tolerance) {
        double allowed = tolerance * Math.abs(claimed);
        return Math.abs(data - claimed) <= allowed + 1e-9 ? Outcome.AGREES : Outcome.DISAGREES;
    }

    /** Rank comparison: exact, or within {@code places}. */
    public static Outcome compareRank(int claimed, int data, int places) {
        return Math.abs(data - claimed) <= places ? Outcome.AGREES : Outcome.DISAGREES;
    }

    /** Ratio comparison for claims in a unit the data do not share: (claimA / claimB) against (dataA / dataB). */
    public static Outcome compareRatio(double claimA, double claimB, double dataA, double dataB, double tolerance) {
        return compare(claimA / claimB, dataA / dataB, tolerance);
    }

    /** {@code YYYY} or {@code YYYY-YYYY} (also with an en dash) as {first, last}; null if neither. */
    public static int[] years(String text) {
        if (text == null) {
            return null;
        }
        String[] p = text.strip().split("\\s*[-–]\\s*");
        try {
            int a = Integer.parseInt(p[0]);
            int b = p.length > 1 ? Integer.parseInt(p[1]) : a;
            return p.length > 2 || b < a ? null : new int[] {a, b};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
