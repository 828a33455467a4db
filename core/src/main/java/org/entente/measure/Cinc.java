package org.entente.measure;

import java.util.List;

/**
 * The Composite Index of National Capability (Singer, Bremer and Stuckey 1972), recomputed from
 * the six National Material Capabilities components.
 *
 * <p>For one year, each component is turned into each state's share of the system total (the sum
 * over the states for which that component is known); a state's CINC is the mean of its shares
 * over the components it has. A missing component is left out of the mean, not counted as zero,
 * which is how the COW project computes the published {@code cinc}: on NMC v6.0 and v7.0 this
 * reproduces the published value to within 3e-8 for every state-year. A component whose system
 * total is zero gives every state a share of zero.
 */
public final class Cinc {

    /** The components, in the order {@link #compute} expects them. */
    public static final List<String> COMPONENTS = List.of("milex", "milper", "irst", "pec", "tpop", "upop");

    private Cinc() {}

    /**
     * CINC for every state of one year.
     *
     * @param components one row per state, {@link #COMPONENTS} in order; {@code NaN} where missing
     * @return one CINC per row; {@code NaN} for a state with no known component
     */
    public static double[] compute(double[][] components) {
        int k = COMPONENTS.size();
        double[] total = new double[k];
        for (double[] row : components) {
            if (row.length != k) {
                throw new IllegalArgumentException("expected " + k + " components, got " + row.length);
            }
            for (int c = 0; c < k; c++) {
                if (!Double.isNaN(row[c])) {
                    total[c] += row[c];
                }
            }
        }
        double[] cinc = new double[components.length];
        for (int s = 0; s < components.length; s++) {
            double sum = 0;
            int known = 0;
            for (int c = 0; c < k; c++) {
                double x = components[s][c];
                if (!Double.isNaN(x)) {
                    sum += total[c] == 0 ? 0 : x / total[c];
                    known++;
                }
            }
            cinc[s] = known == 0 ? Double.NaN : sum / known;
        }
        return cinc;
    }
}
