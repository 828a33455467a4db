package org.entente.measure.survival;

/** One observation for the models: its duration, whether it ended (false: censored) and its covariates. */
public record Subject(double time, boolean event, double[] x) {

    public static Subject of(double time, boolean event) {
        return new Subject(time, event, new double[0]);
    }
}
