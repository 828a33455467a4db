package org.entente.measure.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The log-rank test against R 4.2.2 / survival 3.5.3 {@code survdiff(Surv(years, ended) ~ g)} on the
 * ATOP 5.1 alliance spells; values printed by {@code core/src/test/r/survival-reference.R}.
 */
class LogRankTest {

    static LogRank.Result test(Function<Map<String, String>, String> group) throws Exception {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : SpellsCsv.spells()) {
            String g = group.apply(r);
            if (g != null) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(SpellsCsv.subject(r, List.of()));
            }
        }
        return LogRank.test(new ArrayList<>(groups.keySet()), new ArrayList<>(groups.values()));
    }

    @Test
    void byTypeMatchesSurvdiff() throws Exception {
        LogRank.Result r = test(m -> m.get("type"));
        assertThat(r.chiSquare()).isCloseTo(220.600832422712, within(1e-4));
        assertThat(r.df()).isEqualTo(4);
        // R orders the groups alphabetically
        Map<String, double[]> oe = Map.of("consultation only", new double[] {40, 45.2814199300832},
                "defense", new double[] {232, 123.523876244253}, "neutrality", new double[] {51, 55.9165574288787},
                "non-aggression", new double[] {80, 189.959838398103}, "offense", new double[] {14, 2.31830799868281});
        for (int i = 0; i < r.groups().size(); i++) {
            double[] e = oe.get(r.groups().get(i));
            assertThat(r.observed()[i]).isEqualTo(e[0]);
            assertThat(r.expected()[i]).isCloseTo(e[1], within(1e-6));
        }
    }

    @Test
    void twoGroupTestsMatchSurvdiff() throws Exception {
        assertThat(test(m -> m.get("bilateral")).chiSquare()).isCloseTo(23.2022940590572, within(1e-4));
        assertThat(test(m -> m.get("major_power")).chiSquare()).isCloseTo(30.0808203977417, within(1e-4));
        LogRank.Result arms = test(m -> m.get("arms_share").isEmpty() ? null
                : Double.parseDouble(m.get("arms_share")) > 0 ? "yes" : "no");
        assertThat(arms.n().stream().mapToInt(Integer::intValue).sum()).isEqualTo(513);
        assertThat(arms.chiSquare()).isCloseTo(8.30459443821063, within(1e-4));
        assertThat(arms.p()).isBetween(0.003, 0.005);
    }

    @Test
    void identicalGroupsGiveNoDifference() {
        // hand-computed: two groups with the same times and events: O = E in each, chi-square 0
        List<Subject> a = List.of(Subject.of(1, true), Subject.of(2, false), Subject.of(3, true));
        LogRank.Result r = LogRank.test(List.of("a", "b"), List.of(a, a));
        assertThat(r.chiSquare()).isCloseTo(0, within(1e-12));
        assertThat(r.p()).isCloseTo(1, within(1e-9));
    }
}
