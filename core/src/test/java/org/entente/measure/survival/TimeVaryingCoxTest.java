package org.entente.measure.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The time-varying Cox model against R 4.2.2 / survival 3.5.3 {@code coxph(Surv(start, stop, ended) ~ ...)}
 * on the ATOP 5.1 alliance-years ({@code atop5_1-alliance-years.csv}, written by {@code entente alliances
 * spells --yearly --format csv}); values printed by {@code core/src/test/r/survival-reference.R}.
 */
class TimeVaryingCoxTest {

    static final List<String> DEFAULT = CoxModelTest.DEFAULT;

    @Test
    void allianceYearsMatchCoxphCountingProcess() throws Exception {
        List<TimeVaryingCox.Interval> rows = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Map<String, String> r : SpellsCsv.read("atop5_1-alliance-years.csv")) {
            double[] x = new double[DEFAULT.size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = Double.parseDouble(r.get(DEFAULT.get(j)));
            }
            rows.add(new TimeVaryingCox.Interval(ids.computeIfAbsent(r.get("id"), k -> ids.size()),
                    Double.parseDouble(r.get("start")), Double.parseDouble(r.get("stop")), r.get("ended").equals("1"), x));
        }
        TimeVaryingCox.Fit fit = TimeVaryingCox.fit(DEFAULT, rows);
        double[][] expected = {
            {-0.9796323808006111, 0.3480086202444863}, {0.3142852042452645, 0.1220895766973103},
            {0.0439927099386699, 0.0771523176396999}, {0.0351264652140534, 0.1646846478675973},
            {0.3064833494957648, 0.1288082634187324}, {0.8928172527552315, 0.1452785493223959},
            {0.4140544650780690, 0.1512706944154543}, {-0.9821317973630966, 0.1247703169569485},
            {-0.0888050390653413, 0.1170788219810171}, {0.3549292589494516, 0.1583343385635494}};
        assertThat(fit.intervals()).isEqualTo(14457);
        assertThat(fit.events()).isEqualTo(403);
        for (int j = 0; j < DEFAULT.size(); j++) {
            assertThat(fit.coefficients().get(j).coef()).as(DEFAULT.get(j)).isCloseTo(expected[j][0], within(1e-4));
            assertThat(fit.coefficients().get(j).se()).as(DEFAULT.get(j)).isCloseTo(expected[j][1], within(1e-4));
        }
        assertThat(fit.logLikNull()).isCloseTo(-2465.40645525779, within(1e-4));
        assertThat(fit.logLik()).isCloseTo(-2328.28768346825, within(1e-4));
    }

    @Test
    void oneIntervalPerSubjectGivesTheRightCensoredFit() throws Exception {
        // the same data as CoxModelTest's default model, each spell one interval (0, T]: the two
        // implementations (biojava's CoxR and this one) must give the same coefficients
        List<Subject> subjects = SpellsCsv.subjects(SpellsCsv.spells(), DEFAULT);
        List<TimeVaryingCox.Interval> rows = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            rows.add(new TimeVaryingCox.Interval(i, 0, s.time(), s.event(), s.x()));
        }
        TimeVaryingCox.Fit tv = TimeVaryingCox.fit(DEFAULT, rows);
        CoxModel.Fit rc = CoxModel.fit(DEFAULT, subjects);
        for (int j = 0; j < DEFAULT.size(); j++) {
            assertThat(tv.coefficients().get(j).coef()).isCloseTo(rc.coefficients().get(j).coef(), within(1e-6));
            assertThat(tv.coefficients().get(j).se()).isCloseTo(rc.coefficients().get(j).se(), within(1e-6));
        }
        assertThat(tv.logLik()).isCloseTo(rc.logLik(), within(1e-6));
    }
}
