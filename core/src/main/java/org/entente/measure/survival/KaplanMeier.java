package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.biojava.nbio.survival.cox.StrataInfo;
import org.biojava.nbio.survival.cox.SurvivalInfo;
import org.biojava.nbio.survival.kaplanmeier.figure.SurvFitKM;

/**
 * Kaplan-Meier estimates through biojava-survival's {@link SurvFitKM} (a port of R's
 * {@code survfit.km}); the median and its band follow R's {@code quantile.survfit}, which biojava
 * lacks. Checked against R 4 / survival 3.5 in {@code KaplanMeierTest}.
 */
public final class KaplanMeier {

    private static final String GROUP = "group";
    /** R's default tolerance in {@code quantile.survfit}: sqrt(.Machine$double.eps). */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private KaplanMeier() {}

    public static SurvivalCurve fit(String label, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return new SurvivalCurve(label, 0, 0, List.of(), null, null, null);
        }
        ArrayList<SurvivalInfo> data = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            SurvivalInfo si = new SurvivalInfo(s.time(), s.event() ? 1 : 0);
            si.addUnknownDataTypeVariable(GROUP, "all");
            data.add(si);
        }
        LinkedHashMap<String, StrataInfo> strata;
        try {
            strata = new SurvFitKM().processStrataInfo(GROUP, data, SurvFitKM.Method.kaplanMeier, SurvFitKM.Error.greenwood,
                    true, 0.95, SurvFitKM.ConfType.log, SurvFitKM.ConfLower.usual, null, null, false);
        } catch (Exception e) {
            throw new IllegalStateException("Kaplan-Meier fit failed: " + e.getMessage(), e);
        }
        StrataInfo si = strata.get("all");
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < si.getTime().size(); i++) {
            double surv = si.getSurv().get(i);
            double se = si.getStderr().get(i);
            Double lower = null;
            Double upper = null;
            if (surv > 0 && Double.isFinite(se)) {
                // R: conf.type "log", conf.lower "usual"
                double z = 1.959963984540054;
                lower = surv * Math.exp(-z * se);
                upper = Math.min(1.0, surv * Math.exp(z * se));
            }
            int d = (int) Math.round(si.getNevent().get(i));
            events += d;
            steps.add(new SurvivalCurve.Step(si.getTime().get(i), (int) Math.round(si.getNrisk().get(i)), d,
                    (int) Math.round(si.getNcens().get(i)), surv, se, lower, upper));
        }
        double[] times = steps.stream().mapToDouble(SurvivalCurve.Step::time).toArray();
        return new SurvivalCurve(label, subjects.size(), events, steps,
                quantile(times, steps.stream().mapToDouble(SurvivalCurve.Step::survival).toArray(), 0.5),
                quantile(times, band(steps, true), 0.5), quantile(times, band(steps, false), 0.5));
    }

    private static double[] band(List<SurvivalCurve.Step> steps, boolean lower) {
        double[] out = new double[steps.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = lower ? steps.get(i).lower() : steps.get(i).upper();
            out[i] = v == null ? Double.NaN : v;
        }
        return out;
    }

    /**
     * The time at which the curve reaches {@code 1 - p}, R's {@code findq}: on a flat stretch at
     * exactly {@code 1 - p} the midpoint of the stretch; null when the curve never gets there.
     */
    static Double quantile(double[] time, double[] surv, double p) {
        // x = (0, times), y = (0, 1 - surv), duplicated y dropped (first kept); NaN (no band) skipped
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 0});
        for (int i = 0; i < time.length; i++) {
            double y = 1 - surv[i];
            boolean dup = pts.stream().anyMatch(q -> q[1] == y || (Double.isNaN(q[1]) && Double.isNaN(y)));
            if (!dup) {
                pts.add(new double[] {time[i], y});
            }
        }
        double xmax = time.length == 0 ? 0 : time[time.length - 1];
        double ymax = pts.stream().mapToDouble(q -> q[1]).filter(v -> !Double.isNaN(v)).max().orElse(0);
        if (ymax < p) {
            return null;
        }
        Double x1 = null;
        Double x2 = null;
        for (double[] q : pts) {
            if (Double.isNaN(q[1])) {
                continue;
            }
            if (x1 == null && q[1] + TOLERANCE >= p) {
                x1 = q[0];
            }
            if (x2 == null && q[1] - TOLERANCE >= p) {
                x2 = q[0];
            }
        }
        double[] last = pts.get(pts.size() - 1);
        if (!Double.isNaN(last[1]) && Math.abs(p - last[1]) < TOLERANCE) {
            return (x1 + xmax) / 2;
        }
        if (x1 == null || x2 == null) {
            return null;
        }
        return (x1 + x2) / 2;
    }
}
