package org.entente.measure;

/**
 * How alike two states' alliance portfolios are: their tie vectors to every member of the state
 * system in a year, themselves included ({@link AllianceObligations} gives the tie coding).
 *
 * <p>Every measure is computed from the 4 x 4 agreement table of the two vectors (how many third
 * states, and how much capability, sit in each cell "tie of x, tie of y"), so a pair costs one
 * pass over the members plus constant work. The measures:
 * <ul>
 *   <li><b>S</b> (Signorino and Ritter 1999, ISQ 43(1)): {@code S = 1 - 2 d / d_max}, with
 *       {@code d} the sum over members of the absolute tie difference divided by the tie range
 *       (3 valued, 1 binary), and {@code d_max} the number of members. Capability-weighted S
 *       weights each member by its CINC and divides by the members' total CINC. Runs -1..1.
 *   <li><b>Kendall's tau-b</b> (Bueno de Mesquita 1975) over the valued ties:
 *       {@code (P - Q) / sqrt((n0 - n1)(n0 - n2))}, P and Q the concordant and discordant pairs
 *       of members, n0 all pairs, n1 and n2 the pairs tied on x and on y.
 *   <li><b>Cohen's kappa</b> and <b>Scott's pi</b> (Häge 2011, Political Analysis 19(3)):
 *       {@code 1 - D_o / D_e}, D_o the observed mean disagreement, D_e the disagreement expected by
 *       chance: from the two states' own tie distributions for kappa, from their pooled
 *       distribution for pi. Disagreement between ties a and b is {@code |a - b| / 3} for valued
 *       ties (the absolute metric S uses, so S, kappa and pi differ only in their reference
 *       point) and {@code a != b} for binary ties.
 * </ul>
 * A measure that is undefined (a zero denominator, e.g. tau-b when a vector is constant, or
 * weighted S without capability data) is {@code NaN}.
 */
public final class PortfolioSimilarity {

    /** Number of tie values, 0..3. */
    static final int LEVELS = AllianceObligations.MAX_TIE + 1;

    /** Every measure for one pair; {@code NaN} where undefined. */
    public record Scores(double sBinary, double sValued, double sBinaryWeighted, double sValuedWeighted,
            double tauB, double kappaBinary, double kappaValued, double piBinary, double piValued) {}

    private static final double[] VALUED = new double[LEVELS * LEVELS];
    private static final double[] BINARY = new double[LEVELS * LEVELS];

    static {
        for (int a = 0; a < LEVELS; a++) {
            for (int b = 0; b < LEVELS; b++) {
                VALUED[a * LEVELS + b] = Math.abs(a - b) / (double) AllianceObligations.MAX_TIE;
                BINARY[a * LEVELS + b] = (a > 0) != (b > 0) ? 1 : 0;
            }
        }
    }

    private PortfolioSimilarity() {}

    /**
     * Compares two tie vectors (values 0..3, same member order).
     *
     * @param weights capability weight of each member, or null when unknown (weighted S is then NaN)
     */
    public static Scores compare(int[] x, int[] y, double[] weights) {
        if (x.length != y.length || (weights != null && weights.length != x.length)) {
            throw new IllegalArgumentException("tie vectors and weights must have the same length");
        }
        Agreement t = new Agreement();
        for (int k = 0; k < x.length; k++) {
            t.add(x[k], y[k], weights == null ? 0 : weights[k]);
        }
        return t.scores(weights != null);
    }

    /** The agreement table of two tie vectors; reusable via {@link #clear()}. */
    public static final class Agreement {
        final double[] count = new double[LEVELS * LEVELS];
        final double[] weight = new double[LEVELS * LEVELS];

        public void add(int a, int b, double w) {
            int cell = a * LEVELS + b;
            count[cell]++;
            weight[cell] += w;
        }

        public void clear() {
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(weight, 0);
        }

        /** All measures; weighted S only if {@code weighted}. */
        public Scores scores(boolean weighted) {
            return new Scores(s(count, BINARY), s(count, VALUED),
                    weighted ? s(weight, BINARY) : Double.NaN, weighted ? s(weight, VALUED) : Double.NaN,
                    tauB(count), chanceCorrected(count, BINARY, false), chanceCorrected(count, VALUED, false),
                    chanceCorrected(count, BINARY, true), chanceCorrected(count, VALUED, true));
        }
    }

    /** S over a (count or weight) table with the given disagreement per cell, already scaled to 0..1. */
    static double s(double[] table, double[] delta) {
        double total = 0;
        double d = 0;
        for (int c = 0; c < table.length; c++) {
            total += table[c];
            d += table[c] * delta[c];
        }
        return total == 0 ? Double.NaN : 1 - 2 * d / total;
    }

    /** Kendall's tau-b of a count table (rows: x's tie, columns: y's tie). */
    static double tauB(double[] t) {
        double n = 0;
        double[] row = new double[LEVELS];
        double[] col = new double[LEVELS];
        double pMinusQ = 0;
        for (int a = 0; a < LEVELS; a++) {
            for (int b = 0; b < LEVELS; b++) {
                double v = t[a * LEVELS + b];
                if (v == 0) {
                    continue;
                }
                n += v;
                row[a] += v;
                col[b] += v;
                // pairs with a second member in a higher row: concordant if its column is higher too
                for (int a2 = a + 1; a2 < LEVELS; a2++) {
                    for (int b2 = 0; b2 < LEVELS; b2++) {
                        if (b2 != b) {
                            pMinusQ += v * t[a2 * LEVELS + b2] * (b2 > b ? 1 : -1);
                        }
                    }
                }
            }
        }
        double n0 = n * (n - 1) / 2;
        double n1 = 0;
        double n2 = 0;
        for (int a = 0; a < LEVELS; a++) {
            n1 += row[a] * (row[a] - 1) / 2;
            n2 += col[a] * (col[a] - 1) / 2;
        }
        double denominator = Math.sqrt((n0 - n1) * (n0 - n2));
        return denominator == 0 ? Double.NaN : pMinusQ / denominator;
    }

    /** Cohen's kappa ({@code pooled} false) or Scott's pi ({@code pooled} true) of a count table. */
    static double chanceCorrected(double[] t, double[] delta, boolean pooled) {
        double n = 0;
        double observed = 0;
        double[] row = new double[LEVELS];
        double[] col = new double[LEVELS];
        for (int a = 0; a < LEVELS; a++) {
            for (int b = 0; b < LEVELS; b++) {
                double v = t[a * LEVELS + b];
                n += v;
                observed += v * delta[a * LEVELS + b];
                row[a] += v;
                col[b] += v;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double expected = 0;
        for (int a = 0; a < LEVELS; a++) {
            for (int b = 0; b < LEVELS; b++) {
                double pa = pooled ? (row[a] + col[a]) / (2 * n) : row[a] / n;
                double pb = pooled ? (row[b] + col[b]) / (2 * n) : col[b] / n;
                expected += pa * pb * delta[a * LEVELS + b];
            }
        }
        return expected == 0 ? Double.NaN : 1 - (observed / n) / expected;
    }
}
