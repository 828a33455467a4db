package org.entente.measure.survival;

import java.util.List;

/**
 * A Kaplan-Meier estimate: one step per distinct time, with R's {@code survfit} defaults (Greenwood
 * standard error of the cumulative hazard, 95% bands on the log scale, the upper band capped at 1),
 * and the median with its band as R's {@code quantile.survfit} finds them (null: not reached).
 */
public record SurvivalCurve(String label, int n, int events, List<Step> steps, Double median, Double medianLower,
        Double medianUpper) {

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /** {@code stdErr} is the standard error of the cumulative hazard, as R's {@code std.err}. */
    public record Step(double time, int atRisk, int events, int censored, double survival, double stdErr, Double lower,
            Double upper) {}

    /** S(t): 1 before the first step, then the value of the last step at or before t. */
    public double survivalAt(double t) {
        double s = 1;
        for (Step st : steps) {
            if (st.time() > t) {
                break;
            }
            s = st.survival();
        }
        return s;
    }
}
