package org.entente.measure;

/**
 * How capabilities are divided within a dyad.
 *
 * <ul>
 *   <li>{@code share(c1, c2) = c1 / (c1 + c2)}: side 1's share of the dyad's combined CINC, in [0, 1];
 *   <li>{@code ratio(c1, c2) = max(c1, c2) / min(c1, c2)}: stronger to weaker, at least 1 (the
 *       preponderance ratio of Bremer 1992, "Dangerous dyads", JCR 36(2)).
 * </ul>
 * Both are undefined (null) when either CINC is missing, and when the denominator is zero.
 *
 * <p>The SQL forms are what the dyad-year builder runs; the Java forms serve the assessment.
 * Tests hold both to the same hand-worked values.
 */
public final class CapabilityBalance {

    private CapabilityBalance() {}

    public static Double share(Double c1, Double c2) {
        if (c1 == null || c2 == null || c1 + c2 == 0) {
            return null;
        }
        return c1 / (c1 + c2);
    }

    public static Double ratio(Double c1, Double c2) {
        if (c1 == null || c2 == null || Math.min(c1, c2) == 0) {
            return null;
        }
        return Math.max(c1, c2) / Math.min(c1, c2);
    }

    /** SQL for {@link #share} over two column expressions. */
    public static String shareSql(String c1, String c2) {
        return "(" + c1 + " / nullif(" + c1 + " + " + c2 + ", 0))";
    }

    /** SQL for {@link #ratio} over two column expressions. */
    public static String ratioSql(String c1, String c2) {
        // DuckDB's greatest/least skip NULLs, so a missing side must be caught first
        return "(CASE WHEN " + c1 + " IS NULL OR " + c2 + " IS NULL THEN NULL ELSE greatest(" + c1 + ", " + c2
                + ") / nullif(least(" + c1 + ", " + c2 + "), 0) END)";
    }
}
