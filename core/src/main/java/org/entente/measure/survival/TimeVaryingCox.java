package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math.linear.Array2DRowRealMatrix;
import org.apache.commons.math.linear.LUDecompositionImpl;
import org.apache.commons.math.linear.RealMatrix;

/**
 * A Cox model on counting-process data, (start, stop] intervals with covariates that change between
 * them, Efron ties: R's {@code coxph(Surv(start, stop, event) ~ ...)}. biojava-survival fits
 * right-censored durations only, so this is written here, following R's {@code agfit4}: Newton-Raphson
 * from β = 0 with step halving, convergence when the log-likelihood changes by less than 1e-9
 * relatively, at most 20 iterations. Checked against R in {@code TimeVaryingCoxTest}.
 */
public final class TimeVaryingCox {

    /** One interval of one subject: at risk over (start, stop], ending in an event or not. */
    public record Interval(int subject, double start, double stop, boolean event, double[] x) {}

    /** The fit: coefficients as R prints them, the numbers of subjects, intervals and events. */
    public record Fit(List<CoxModel.Coefficient> coefficients, int subjects, int intervals, int events, double logLikNull,
            double logLik, int iterations) {
        public Fit {
            coefficients = List.copyOf(coefficients);
        }
    }

    private static final double Z95 = 1.959963984540054;

    private TimeVaryingCox() {}

    public static Fit fit(List<String> names, List<Interval> data) {
        int p = names.size();
        int n = data.size();
        double[] means = new double[p];
        for (Interval r : data) {
            for (int j = 0; j < p; j++) {
                means[j] += r.x()[j] / n;
            }
        }
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = data.get(i).x()[j] - means[j];
            }
        }
        Integer[] byStop = order(data, Comparator.comparingDouble(i -> -data.get(i).stop()));
        Integer[] byStart = order(data, Comparator.comparingDouble(i -> -data.get(i).start()));
        double[] times = data.stream().filter(Interval::event).mapToDouble(Interval::stop).distinct()
                .boxed().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
        Pass pass = new Pass(data, x, p, byStop, byStart, times);

        double[] beta = new double[p];
        Pass.Result cur = pass.run(beta);
        double ll0 = cur.loglik;
        int iter = 0;
        for (; iter < 20; iter++) {
            double[] step = solve(cur.imat, cur.u);
            double[] next = new double[p];
            for (int j = 0; j < p; j++) {
                next[j] = beta[j] + step[j];
            }
            Pass.Result r = pass.run(next);
            int halving = 0;
            while (!(r.loglik >= cur.loglik) && halving < 30) {
                for (int j = 0; j < p; j++) {
                    next[j] = (next[j] + beta[j]) / 2;
                }
                r = pass.run(next);
                halving++;
            }
            boolean done = Math.abs(1 - cur.loglik / r.loglik) <= 1e-9;
            beta = next;
            cur = r;
            if (done) {
                iter++;
                break;
            }
        }
        RealMatrix inv = new LUDecompositionImpl(new Array2DRowRealMatrix(cur.imat)).getSolver().getInverse();
        List<CoxModel.Coefficient> coefs = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(inv.getEntry(j, j));
            double z = beta[j] / se;
            coefs.add(new CoxModel.Coefficient(names.get(j), beta[j], se, z, LogRank.upperTail(z * z, 1), Math.exp(beta[j]),
                    Math.exp(beta[j] - Z95 * se), Math.exp(beta[j] + Z95 * se), means[j]));
        }
        int subjects = (int) data.stream().mapToInt(Interval::subject).distinct().count();
        int events = (int) data.stream().filter(Interval::event).count();
        return new Fit(coefs, subjects, n, events, ll0, cur.loglik, iter);
    }

    private static Integer[] order(List<Interval> data, Comparator<Integer> c) {
        Integer[] idx = new Integer[data.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, c);
        return idx;
    }

    private static double[] solve(double[][] a, double[] b) {
        return new LUDecompositionImpl(new Array2DRowRealMatrix(a)).getSolver().solve(b);
    }

    /**
     * One pass over the event times, latest first: rows enter the risk set when their stop is at or
     * after the time and leave when their start is at or after it, so each row is added and removed once.
     */
    private record Pass(List<Interval> data, double[][] x, int p, Integer[] byStop, Integer[] byStart, double[] times) {

        record Result(double loglik, double[] u, double[][] imat) {}

        Result run(double[] beta) {
            int n = data.size();
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                double lp = 0;
                for (int j = 0; j < p; j++) {
                    lp += beta[j] * x[i][j];
                }
                e[i] = Math.exp(lp);
            }
            double s0 = 0;
            double[] s1 = new double[p];
            double[][] s2 = new double[p][p];
            double ll = 0;
            double[] u = new double[p];
            double[][] imat = new double[p][p];
            int in = 0;
            int out = 0;
            for (double t : times) {
                while (in < n && data.get(byStop[in]).stop() >= t) {
                    int i = byStop[in++];
                    add(i, e, 1, s1, s2);
                    s0 += e[i];
                }
                while (out < n && data.get(byStart[out]).start() >= t) {
                    // added already, as its stop is after its start: no longer at risk
                    int i = byStart[out++];
                    add(i, e, -1, s1, s2);
                    s0 -= e[i];
                }
                double d0 = 0;
                double[] d1 = new double[p];
                double[][] d2 = new double[p][p];
                int d = 0;
                // the rows ending at t are the last added
                for (int k = in - 1; k >= 0 && data.get(byStop[k]).stop() == t; k--) {
                    int i = byStop[k];
                    Interval r = data.get(i);
                    if (r.event()) {
                        d++;
                        d0 += e[i];
                        ll += Math.log(e[i]);
                        for (int a = 0; a < p; a++) {
                            u[a] += x[i][a];
                            d1[a] += e[i] * x[i][a];
                            for (int b = 0; b < p; b++) {
                                d2[a][b] += e[i] * x[i][a] * x[i][b];
                            }
                        }
                    }
                }
                for (int r = 0; r < d; r++) {
                    double w = (double) r / d;
                    double a0 = s0 - w * d0;
                    ll -= Math.log(a0);
                    for (int a = 0; a < p; a++) {
                        double m1a = (s1[a] - w * d1[a]) / a0;
                        u[a] -= m1a;
                        for (int b = 0; b < p; b++) {
                            double m1b = (s1[b] - w * d1[b]) / a0;
                            imat[a][b] += (s2[a][b] - w * d2[a][b]) / a0 - m1a * m1b;
                        }
                    }
                }
            }
            return new Result(ll, u, imat);
        }

        private void add(int i, double[] e, int sign, double[] s1, double[][] s2) {
            for (int a = 0; a < p; a++) {
                s1[a] += sign * e[i] * x[i][a];
                for (int b = 0; b < p; b++) {
                    s2[a][b] += sign * e[i] * x[i][a] * x[i][b];
                }
            }
        }
    }
}
