package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.apache.commons.math.linear.Array2DRowRealMatrix;
import org.apache.commons.math.linear.ArrayRealVector;
import org.apache.commons.math.linear.LUDecompositionImpl;
import org.apache.commons.math.linear.RealMatrix;
import org.apache.commons.math.linear.RealVector;
import org.biojava.nbio.survival.cox.CoxCoefficient;
import org.biojava.nbio.survival.cox.CoxInfo;
import org.biojava.nbio.survival.cox.CoxMethod;
import org.biojava.nbio.survival.cox.CoxR;
import org.biojava.nbio.survival.cox.SurvivalInfo;

/**
 * A Cox proportional-hazards model for right-censored durations with Efron's handling of ties,
 * R's {@code coxph} default. The fit is biojava-survival's {@link CoxR}, a port of R's
 * {@code coxfit6} (same control values: 20 iterations, eps 1e-9); what biojava lacks is added
 * here and checked against R: the baseline cumulative hazard behind predicted curves (R's
 * {@code survfit.coxph}, Efron-adjusted as R does after an Efron fit) and the test of proportional
 * hazards (R's {@code cox.zph}, Kaplan-Meier time transform).
 */
public final class CoxModel {

    private static final double Z95 = 1.959963984540054;

    /** One coefficient as R's {@code summary.coxph} prints it. */
    public record Coefficient(String name, double coef, double se, double z, double p, double hazardRatio, double lower,
            double upper, double mean) {}

    /** One row of the proportional-hazards test; the last row of a fit's table is GLOBAL. */
    public record PhTest(String name, double chiSquare, int df, double p) {}

    /**
     * A fitted model. {@code baseline} holds the cumulative hazard at the mean covariates
     * ({@code means}) just after each distinct event time.
     */
    public record Fit(List<Coefficient> coefficients, int n, int events, double logLikNull, double logLik,
            double likelihoodRatio, int df, double likelihoodRatioP, double[] times, double[] baseline,
            List<PhTest> proportionalHazards) {

        public Fit {
            coefficients = List.copyOf(coefficients);
            proportionalHazards = List.copyOf(proportionalHazards);
        }

        /** Predicted survival to {@code t} for covariates {@code x} (in coefficient order). */
        public double survival(double[] x, double t) {
            double lp = 0;
            for (int j = 0; j < coefficients.size(); j++) {
                Coefficient c = coefficients.get(j);
                lp += c.coef() * (x[j] - c.mean());
            }
            double h = 0;
            for (int i = 0; i < times.length && times[i] <= t; i++) {
                h = baseline[i];
            }
            return Math.exp(-h * Math.exp(lp));
        }

        /** The first time the predicted survival is at or below one half; null when it stays above. */
        public Double median(double[] x) {
            for (double t : times) {
                if (survival(x, t) <= 0.5) {
                    return t;
                }
            }
            return null;
        }
    }

    private CoxModel() {}

    /** Fits the model; every subject's {@code x} holds the covariates in the order of {@code names}. */
    public static Fit fit(List<String> names, List<Subject> subjects) {
        int p = names.size();
        ArrayList<SurvivalInfo> data = new ArrayList<>(subjects.size());
        int order = 0;
        for (Subject s : subjects) {
            LinkedHashMap<String, Double> vars = new LinkedHashMap<>();
            for (int j = 0; j < p; j++) {
                vars.put(names.get(j), s.x()[j]);
            }
            SurvivalInfo si = new SurvivalInfo(s.time(), s.event() ? 1 : 0, vars);
            si.setOrder(order++);
            data.add(si);
        }
        CoxInfo info;
        try {
            // R's coxph.control: iter.max 20, eps 1e-9, toler.chol eps^0.75; scaled covariates
            info = new CoxR().process(new ArrayList<>(names), data, 20, CoxMethod.Efron, 1e-9, Math.pow(1e-9, 0.75),
                    new double[p], 1, false, false, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cox fit failed: " + e.getMessage(), e);
        }
        double[] beta = new double[p];
        double[] means = new double[p];
        List<Coefficient> coefs = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            CoxCoefficient c = info.getCoefficient(names.get(j));
            beta[j] = c.getCoeff();
            means[j] = c.getMean();
            double se = c.getStdError();
            double z = beta[j] / se;
            coefs.add(new Coefficient(names.get(j), beta[j], se, z, LogRank.upperTail(z * z, 1), Math.exp(beta[j]),
                    Math.exp(beta[j] - Z95 * se), Math.exp(beta[j] + Z95 * se), means[j]));
        }
        int events = (int) subjects.stream().filter(Subject::event).count();
        Sorted d = new Sorted(subjects, beta, means);
        double l0 = d.logLik(new double[p]);
        double l1 = d.logLik(beta);
        double lr = 2 * (l1 - l0);
        double[][] base = d.baseline();
        return new Fit(coefs, subjects.size(), events, l0, l1, lr, p, LogRank.upperTail(lr, p), base[0], base[1],
                d.zph(names));
    }

    /** The subjects in time order, with covariates centered on their means, as R's coxph centers them. */
    private static final class Sorted {
        final int n;
        final int p;
        final double[] time;
        final boolean[] event;
        final double[][] x;
        final double[] beta;
        final List<Subject> subjects;

        Sorted(List<Subject> in, double[] beta, double[] means) {
            subjects = new ArrayList<>(in);
            subjects.sort((a, b) -> Double.compare(a.time(), b.time()));
            n = subjects.size();
            p = beta.length;
            this.beta = beta;
            time = new double[n];
            event = new boolean[n];
            x = new double[n][p];
            for (int i = 0; i < n; i++) {
                Subject s = subjects.get(i);
                time[i] = s.time();
                event[i] = s.event();
                for (int j = 0; j < p; j++) {
                    x[i][j] = s.x()[j] - means[j];
                }
            }
        }

        double[] scores(double[] b) {
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                double lp = 0;
                for (int j = 0; j < p; j++) {
                    lp += b[j] * x[i][j];
                }
                e[i] = Math.exp(lp);
            }
            return e;
        }

        /**
         * One distinct time, latest first: {@code s0} sums the risk scores of all still at risk then,
         * {@code deaths} those of the {@code d} that ended then, {@code logDeaths} their logarithms.
         */
        private record TieGroup(double time, double s0, double deaths, int d, double logDeaths) {}

        private List<TieGroup> tieGroups(double[] e) {
            List<TieGroup> out = new ArrayList<>();
            double s0 = 0;
            for (int hi = n - 1; hi >= 0; ) {
                int lo = hi;
                while (lo > 0 && time[lo - 1] == time[hi]) {
                    lo--;
                }
                double sd = 0;
                double logs = 0;
                int d = 0;
                for (int i = lo; i <= hi; i++) {
                    s0 += e[i];
                    if (event[i]) {
                        sd += e[i];
                        logs += Math.log(e[i]);
                        d++;
                    }
                }
                out.add(new TieGroup(time[hi], s0, sd, d, logs));
                hi = lo - 1;
            }
            return out;
        }

        /** Efron's partial log-likelihood at {@code b}. */
        double logLik(double[] b) {
            double ll = 0;
            for (TieGroup g : tieGroups(scores(b))) {
                ll += g.logDeaths();
                for (int r = 0; r < g.d(); r++) {
                    ll -= Math.log(g.s0() - (double) r / g.d() * g.deaths());
                }
            }
            return ll;
        }

        /** Distinct event times and the Efron-adjusted cumulative hazard at the mean covariates. */
        double[][] baseline() {
            List<double[]> incs = new ArrayList<>();
            for (TieGroup g : tieGroups(scores(beta))) {
                if (g.d() > 0) {
                    double h = 0;
                    for (int r = 0; r < g.d(); r++) {
                        h += 1 / (g.s0() - (double) r / g.d() * g.deaths());
                    }
                    incs.add(new double[] {g.time(), h});
                }
            }
            double[] t = new double[incs.size()];
            double[] cum = new double[incs.size()];
            double h = 0;
            for (int k = 0; k < t.length; k++) {
                double[] inc = incs.get(incs.size() - 1 - k);
                h += inc[1];
                t[k] = inc[0];
                cum[k] = h;
            }
            return new double[][] {t, cum};
        }

        /**
         * R's {@code cox.zph(fit, transform = "km")}: the score test, at the fitted coefficients, for
         * adding g(t)·x to each covariate, g the Kaplan-Meier transform of time (1 − S(t−)) centered on
         * its mean over the events; Efron's approximation for ties as in the fit.
         */
        List<PhTest> zph(List<String> names) {
            // 1 − S(t−) from the Kaplan-Meier of all subjects
            double[] g = new double[n];
            double surv = 1;
            for (int lo = 0; lo < n; ) {
                int hi = lo;
                while (hi + 1 < n && time[hi + 1] == time[lo]) {
                    hi++;
                }
                int d = 0;
                for (int i = lo; i <= hi; i++) {
                    g[i] = 1 - surv;
                    d += event[i] ? 1 : 0;
                }
                surv *= 1 - (double) d / (n - lo);
                lo = hi + 1;
            }
            double mean = 0;
            int events = 0;
            for (int i = 0; i < n; i++) {
                if (event[i]) {
                    mean += g[i];
                    events++;
                }
            }
            mean /= events;
            double[] e = scores(beta);
            int q = 2 * p;
            double[] u = new double[q];
            double[][] imat = new double[q][q];
            double s0 = 0;
            double[] s1 = new double[p];
            double[][] s2 = new double[p][p];
            for (int hi = n - 1; hi >= 0; ) {
                int lo = hi;
                while (lo > 0 && time[lo - 1] == time[hi]) {
                    lo--;
                }
                double d0 = 0;
                double[] d1 = new double[p];
                double[][] d2 = new double[p][p];
                int d = 0;
                for (int i = lo; i <= hi; i++) {
                    s0 += e[i];
                    for (int a = 0; a < p; a++) {
                        s1[a] += e[i] * x[i][a];
                        for (int b = 0; b < p; b++) {
                            s2[a][b] += e[i] * x[i][a] * x[i][b];
                        }
                    }
                    if (event[i]) {
                        d++;
                        d0 += e[i];
                        for (int a = 0; a < p; a++) {
                            d1[a] += e[i] * x[i][a];
                            for (int b = 0; b < p; b++) {
                                d2[a][b] += e[i] * x[i][a] * x[i][b];
                            }
                        }
                    }
                }
                if (d > 0) {
                    double gt = g[hi] - mean;
                    for (int i = lo; i <= hi; i++) {
                        if (event[i]) {
                            for (int a = 0; a < p; a++) {
                                u[a] += x[i][a];
                                u[p + a] += gt * x[i][a];
                            }
                        }
                    }
                    for (int r = 0; r < d; r++) {
                        double w = (double) r / d;
                        double a0 = s0 - w * d0;
                        for (int a = 0; a < p; a++) {
                            double m1a = (s1[a] - w * d1[a]) / a0;
                            u[a] -= m1a;
                            u[p + a] -= gt * m1a;
                            for (int b = 0; b < p; b++) {
                                double m1b = (s1[b] - w * d1[b]) / a0;
                                double v = (s2[a][b] - w * d2[a][b]) / a0 - m1a * m1b;
                                imat[a][b] += v;
                                imat[a][p + b] += gt * v;
                                imat[p + a][b] += gt * v;
                                imat[p + a][p + b] += gt * gt * v;
                            }
                        }
                    }
                }
                hi = lo - 1;
            }
            List<PhTest> out = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                int[] kk = new int[p + 1];
                for (int a = 0; a < p; a++) {
                    kk[a] = a;
                }
                kk[p] = p + j;
                double chi = quadratic(imat, u, kk, p);
                out.add(new PhTest(names.get(j), chi, 1, LogRank.upperTail(chi, 1)));
            }
            int[] all = new int[q];
            for (int a = 0; a < q; a++) {
                all[a] = a;
            }
            double chi = quadratic(imat, u, all, p);
            out.add(new PhTest("GLOBAL", chi, p, LogRank.upperTail(chi, p)));
            return out;
        }

        /** u'·I⁻¹·u over the indices {@code kk}, the fitted coefficients' scores taken as 0, as R does. */
        private static double quadratic(double[][] imat, double[] u, int[] kk, int p) {
            int m = kk.length;
            RealMatrix sub = new Array2DRowRealMatrix(m, m);
            RealVector v = new ArrayRealVector(m);
            for (int a = 0; a < m; a++) {
                v.setEntry(a, kk[a] < p ? 0 : u[kk[a]]);
                for (int b = 0; b < m; b++) {
                    sub.setEntry(a, b, imat[kk[a]][kk[b]]);
                }
            }
            return v.dotProduct(new LUDecompositionImpl(sub).getSolver().solve(v));
        }
    }
}
