package org.entente.measure.survival;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Cox model's prediction for one case's alliance: the model of {@link Covariate#DEFAULT} fitted
 * to all alliances, and the curve predicted for the case's covariates, as ATOP and the loaded data
 * give them and as {@code --assume covariate.NAME=V} changes them.
 */
public record CaseSurvival(AllianceSpell alliance, List<Covariate> covariates, CoxModel.Fit fit, double[] x,
        double[] assumedX, Map<Covariate, Double> assumed, SurvivalCurve all) implements CaseOutcome {

    /** Years from the alliance's start at which section 8 gives the predicted survival. */
    public static final double[] HORIZONS = {5, 10, 20};

    /** A predicted ten-year survival at or above this reads as durable, below {@link #FRAGILE_BELOW} as fragile. */
    public static final double DURABLE_FROM = 0.75;
    public static final double FRAGILE_BELOW = 0.5;

    /**
     * The ATOP alliance of states {@code a} and {@code b} for year {@code year}: of those with both as
     * members in effect in that year (begun by its end, not ended before it), the one that began last
     * (ties: the higher ATOP id).
     * For Russia and China in 2001 that is 4980, the Treaty of Good-Neighborliness.
     */
    public static Optional<AllianceSpell> caseAlliance(List<AllianceSpell> spells, int a, int b, int year) {
        return spells.stream()
                .filter(s -> s.members().contains(a) && s.members().contains(b) && s.start().getYear() <= year
                        && (!s.ended() || s.end().getYear() >= year))
                .max(Comparator.comparing(AllianceSpell::start).thenComparing(AllianceSpell::atopid));
    }

    /** The prediction, or why there is none. */
    public static CaseOutcome of(List<AllianceSpell> spells, int a, int b, int year, Map<Covariate, Double> overrides) {
        Optional<AllianceSpell> found = caseAlliance(spells, a, b, year);
        if (found.isEmpty()) {
            return new CaseOutcome.Missing("ATOP codes no alliance of the two in effect in " + year);
        }
        AllianceSpell s = found.get();
        List<Covariate> cov = Covariate.DEFAULT;
        // the case's covariates as the data give them; an override stands in for one the data lack
        double[] x = new double[cov.size()];
        double[] assumedX = null;
        Map<Covariate, Double> assumed = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            Covariate c = cov.get(j);
            Double v = c.of(s);
            Double o = overrides.get(c);
            if (o != null) {
                assumed.put(c, o);
            }
            if (v == null && o == null) {
                unknown.add(c.key() + " (" + c.source() + ")");
            }
            x[j] = v != null ? v : o != null ? o : Double.NaN;
        }
        if (!unknown.isEmpty()) {
            return new CaseOutcome.Missing("ATOP alliance " + s.atopid() + " lacks " + String.join(", ", unknown));
        }
        if (!assumed.isEmpty()) {
            assumedX = x.clone();
            for (int j = 0; j < x.length; j++) {
                if (assumed.containsKey(cov.get(j))) {
                    assumedX[j] = assumed.get(cov.get(j));
                }
            }
        }
        SurvivalAnalysis.Design d = SurvivalAnalysis.design(spells, cov);
        CoxModel.Fit fit = CoxModel.fit(cov.stream().map(Covariate::key).toList(), d.subjects());
        SurvivalCurve all = KaplanMeier.fit("all ATOP alliances",
                spells.stream().map(sp -> Subject.of(sp.years(), sp.ended())).toList());
        return new CaseSurvival(s, cov, fit, x, assumedX, assumed, all);
    }

    /** "durable", "uncertain" or "fragile" from the predicted ten-year survival. */
    public static String reading(double tenYears) {
        return tenYears >= DURABLE_FROM ? "durable" : tenYears < FRAGILE_BELOW ? "fragile" : "uncertain";
    }

    /** The predicted curve at every event time of the fit, from time 0. */
    public double[][] curve(double[] covariates) {
        double[] t = new double[fit.times().length + 1];
        double[] s = new double[t.length];
        s[0] = 1;
        for (int i = 0; i < fit.times().length; i++) {
            t[i + 1] = fit.times()[i];
            s[i + 1] = fit.survival(covariates, fit.times()[i]);
        }
        return new double[][] {t, s};
    }
}
