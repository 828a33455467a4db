package org.entente.measure.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Kaplan-Meier estimates on the 789 ATOP 5.1 alliance spells against R 4.2.2 / survival 3.5.3
 * ({@code survfit(Surv(years, ended) ~ 1)} and {@code ~ type}, R's defaults: Greenwood, log bands),
 * values printed by {@code core/src/test/r/survival-reference.R}; every step by type is in
 * {@code km-reference.csv}, written by the same script.
 */
class KaplanMeierTest {

    static final double TOL = 1e-4;

    static SurvivalCurve all() throws Exception {
        return KaplanMeier.fit("all", SpellsCsv.subjects(SpellsCsv.spells(), List.of()));
    }

    @Test
    void overallCurveAtSelectedYearsMatchesR() throws Exception {
        SurvivalCurve c = all();
        // R: summary(km, times = c(1, 2, 5, 10, 20, 30, 50))
        double[] times = {1, 2, 5, 10, 20, 30, 50};
        double[] surv = {0.942783115436217, 0.898090180910449, 0.804514731134598, 0.678294473404101, 0.543366004837222,
            0.439221389255467, 0.371302623565919};
        double[] lower = {0.926689513077098, 0.877172699227344, 0.777199371350035, 0.646198274250004, 0.508868034949255,
            0.400834960618815, 0.325573788804542};
        double[] upper = {0.959156211663821, 0.919506470912997, 0.832790113414887, 0.711984867468941, 0.580202714525401,
            0.481283939109694, 0.423454353537353};
        double[] se = {0.00828206405298122, 0.01079863040537987, 0.01417875255002729, 0.01677603163868903,
            0.01818491344262648, 0.02049449511654999, 0.02489824915758159};
        for (int i = 0; i < times.length; i++) {
            SurvivalCurve.Step st = at(c, times[i]);
            assertThat(st.survival()).as("S(%s)", times[i]).isCloseTo(surv[i], within(TOL));
            assertThat(st.lower()).as("lower(%s)", times[i]).isCloseTo(lower[i], within(TOL));
            assertThat(st.upper()).as("upper(%s)", times[i]).isCloseTo(upper[i], within(TOL));
            // R's summary std.err is of S (Greenwood), ours of the cumulative hazard: S × se(H)
            assertThat(st.survival() * st.stdErr()).as("se(%s)", times[i]).isCloseTo(se[i], within(TOL));
        }
        assertThat(c.n()).isEqualTo(789);
        assertThat(c.events()).isEqualTo(417);
    }

    @Test
    void medianAndItsBandMatchR() throws Exception {
        SurvivalCurve c = all();
        // R: quantile(km, probs = 0.5)
        assertThat(c.median()).isCloseTo(23.3921971252567, within(TOL));
        assertThat(c.medianLower()).isCloseTo(20.0739219712526, within(TOL));
        assertThat(c.medianUpper()).isCloseTo(26.4010951403149, within(TOL));
    }

    @Test
    void mediansByTypeMatchRIncludingThoseNotReached() throws Exception {
        Map<String, SurvivalCurve> byType = byType();
        // R: quantile(survfit(Surv(years, ended) ~ type), probs = 0.5); NA = not reached
        Double[][] expected = {
            {55.60301163586585, 17.081451060917178, null},
            {11.27720739219713, 8.854209445585216, 14.4312114989733},
            {38.68856947296372, 13.902806297056811, null},
            {null, null, null},
            {1.75222450376454, 0.506502395619439, 14.7953456536619}};
        String[] types = {"consultation only", "defense", "neutrality", "non-aggression", "offense"};
        for (int i = 0; i < types.length; i++) {
            SurvivalCurve c = byType.get(types[i]);
            check(types[i] + " median", c.median(), expected[i][0]);
            check(types[i] + " lower", c.medianLower(), expected[i][1]);
            check(types[i] + " upper", c.medianUpper(), expected[i][2]);
        }
    }

    @Test
    void everyStepByTypeMatchesR() throws Exception {
        Map<String, SurvivalCurve> byType = byType();
        List<Map<String, String>> ref = SpellsCsv.read(SpellsCsv.KM_REFERENCE);
        // summary(survfit) lists the steps with an event; ours has censoring-only steps too
        Map<String, List<SurvivalCurve.Step>> withEvents = new LinkedHashMap<>();
        byType.forEach((k, c) -> withEvents.put(k, c.steps().stream().filter(s -> s.events() > 0).toList()));
        Map<String, Integer> next = new LinkedHashMap<>();
        int checked = 0;
        for (Map<String, String> r : ref) {
            String g = r.get("group");
            int i = next.merge(g, 1, Integer::sum) - 1;
            SurvivalCurve.Step st = withEvents.get(g).get(i);
            assertThat(st.time()).isCloseTo(Double.parseDouble(r.get("years")), within(1e-9));
            assertThat(st.atRisk()).isEqualTo((int) Double.parseDouble(r.get("n_risk")));
            assertThat(st.events()).isEqualTo((int) Double.parseDouble(r.get("n_event")));
            assertThat(st.survival()).isCloseTo(Double.parseDouble(r.get("survival")), within(TOL));
            if (!r.get("lower").equals("NA")) {
                assertThat(st.lower()).isCloseTo(Double.parseDouble(r.get("lower")), within(TOL));
                assertThat(st.upper()).isCloseTo(Double.parseDouble(r.get("upper")), within(TOL));
            } else {
                assertThat(st.lower()).as("no band where S = 0").isNull();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(ref.size()).isGreaterThan(300);
        withEvents.forEach((g, steps) -> assertThat(next.get(g)).as(g).isEqualTo(steps.size()));
    }

    @Test
    void quantileTakesTheMidpointOfAFlatStretchAtOneHalf() {
        // S is exactly 0.5 from 2 until the next drop at 4: R's median is the midpoint, 3 (checked:
        // quantile(survfit(Surv(c(1, 2, 3, 4), c(1, 1, 0, 1)) ~ 1), 0.5) gives 3)
        List<Subject> s = new ArrayList<>();
        s.add(Subject.of(1, true));
        s.add(Subject.of(2, true));
        s.add(Subject.of(3, false));
        s.add(Subject.of(4, true));
        // n = 4: S(1) = 3/4, S(2) = 2/4, censored at 3, S(4) = 0.5 × 0 = 0
        SurvivalCurve c = KaplanMeier.fit("x", s);
        assertThat(c.median()).isEqualTo(3.0);
    }

    static Map<String, SurvivalCurve> byType() throws Exception {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : SpellsCsv.spells()) {
            groups.computeIfAbsent(r.get("type"), k -> new ArrayList<>()).add(SpellsCsv.subject(r, List.of()));
        }
        Map<String, SurvivalCurve> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, KaplanMeier.fit(k, v)));
        return out;
    }

    static SurvivalCurve.Step at(SurvivalCurve c, double t) {
        SurvivalCurve.Step last = null;
        for (SurvivalCurve.Step s : c.steps()) {
            if (s.time() > t) {
                break;
            }
            last = s;
        }
        return last;
    }

    private static void check(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what + " (R: NA)").isNull();
        } else {
            assertThat(actual).as(what).isNotNull().isCloseTo(expected, within(TOL));
        }
    }
}
