package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math.MathException;
import org.apache.commons.math.distribution.ChiSquaredDistributionImpl;
import org.apache.commons.math.linear.Array2DRowRealMatrix;
import org.apache.commons.math.linear.ArrayRealVector;
import org.apache.commons.math.linear.LUDecompositionImpl;
import org.apache.commons.math.linear.RealMatrix;
import org.apache.commons.math.linear.RealVector;

/**
 * The log-rank test of equal survival across groups, as R's {@code survdiff(rho = 0)}: observed and
 * expected events per group and the hypergeometric variance at each event time. biojava-survival
 * has no such test (its "logrank" is the Cox score test, whose variance differs under ties), so it
 * is computed here and checked against R in {@code LogRankTest}.
 */
public final class LogRank {

    /** Observed and expected events per group, the chi-square with groups − 1 degrees of freedom, its p. */
    public record Result(List<String> groups, List<Integer> n, double[] observed, double[] expected, double chiSquare,
            int df, double p) {}

    private LogRank() {}

    public static Result test(List<String> labels, List<List<Subject>> groups) {
        int k = groups.size();
        record Obs(double time, boolean event, int group) {}
        List<Obs> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            sizes.add(groups.get(g).size());
            for (Subject s : groups.get(g)) {
                all.add(new Obs(s.time(), s.event(), g));
            }
        }
        all.sort((a, b) -> Double.compare(a.time(), b.time()));
        double[] atRisk = new double[k];
        for (Obs o : all) {
            atRisk[o.group()]++;
        }
        double[] obs = new double[k];
        double[] exp = new double[k];
        double[][] var = new double[k][k];
        int i = 0;
        while (i < all.size()) {
            double t = all.get(i).time();
            int j = i;
            double[] deaths = new double[k];
            double[] leaving = new double[k];
            while (j < all.size() && all.get(j).time() == t) {
                Obs o = all.get(j);
                leaving[o.group()]++;
                if (o.event()) {
                    deaths[o.group()]++;
                }
                j++;
            }
            double n = Arrays.stream(atRisk).sum();
            double d = Arrays.stream(deaths).sum();
            if (d > 0) {
                for (int g = 0; g < k; g++) {
                    obs[g] += deaths[g];
                    exp[g] += d * atRisk[g] / n;
                }
                if (n > 1) {
                    double f = d * (n - d) / (n - 1);
                    for (int g = 0; g < k; g++) {
                        for (int h = 0; h < k; h++) {
                            var[g][h] += f * (atRisk[g] / n) * ((g == h ? 1 : 0) - atRisk[h] / n);
                        }
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leaving[g];
            }
            i = j;
        }
        // the first k − 1 groups carry all the information (the differences sum to zero)
        int m = k - 1;
        double chi = Double.NaN;
        double p = Double.NaN;
        if (m > 0) {
            RealMatrix v = new Array2DRowRealMatrix(m, m);
            RealVector u = new ArrayRealVector(m);
            for (int g = 0; g < m; g++) {
                u.setEntry(g, obs[g] - exp[g]);
                for (int h = 0; h < m; h++) {
                    v.setEntry(g, h, var[g][h]);
                }
            }
            chi = u.dotProduct(new LUDecompositionImpl(v).getSolver().solve(u));
            p = upperTail(chi, m);
        }
        return new Result(List.copyOf(labels), sizes, obs, exp, chi, m, p);
    }

    /** P(X ≥ x) for a chi-square with {@code df} degrees of freedom. */
    static double upperTail(double x, int df) {
        try {
            return 1 - new ChiSquaredDistributionImpl(df).cumulativeProbability(x);
        } catch (MathException e) {
            throw new IllegalStateException(e);
        }
    }
}
