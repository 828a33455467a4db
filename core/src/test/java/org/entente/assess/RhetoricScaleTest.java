package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.entente.model.Case;

class RhetoricScaleTest {

    RhetoricScale scale = RhetoricScale.standard();

    @Test
    void thePapersEscalationClimbsTheScale() {
        // characterisations quoted in seed 000, note 12, in order
        assertThat(scale.score("friendly, open and constructive").level()).isEqualTo(1);
        assertThat(scale.score("qualitatively new level of relations of constructive partnership").level()).isEqualTo(2);
        assertThat(scale.score("partnership directed toward the twenty-first century").level()).isEqualTo(3);
        assertThat(scale.score("enormous, and perhaps even historic, significance").level()).isEqualTo(4);
    }

    @Test
    void negatedPhrasesDoNotCount() {
        // Jiang, July 2000 (seed 000): every phrase negated, so nothing scores
        assertThat(scale.score("not an alliance, not confrontational, and not aimed at any third country").level()).isNull();
        // a pledge "not to enter into any military-political alliance" is not alliance talk
        assertThat(scale.score("a mutual promise not to enter into any military-political alliance").level()).isNull();
        // a negation does not reach across a sentence
        assertThat(scale.score("Not now. A strategic partnership").level()).isEqualTo(3);
        assertThat(scale.score("hostile encirclement").level()).isEqualTo(0);
        assertThat(scale.score("").level()).isNull();
    }

    @Test
    void theAnalystsLevelOverridesTheScaleAndTheTrendIsTheLeastSquaresSlope() {
        Case c = new CaseBuilder().summit("1992-12", "friendly", null).summit("1996-04", "strategic partnership", null)
                .summit("1998-06", "anything", 5).build();
        var scored = BarometerSection.score(c.summits(), scale);
        assertThat(scored).extracting(BarometerSection.Scored::level).containsExactly(1, 3, 5);
        assertThat(scored.get(2).decidedBy()).isEqualTo("analyst");
        // points (0,1), (2,3), (4,5): slope exactly 1
        assertThat(BarometerSection.slope(List.of(new double[] {0, 1}, new double[] {2, 3}, new double[] {4, 5})))
                .isCloseTo(1.0, within(1e-12));
        // (0,0), (1,2), (2,1): mean x 1, mean y 1; Sxy = (−1)(−1) + 0 + (1)(0) = 1; Sxx = 2; slope 0.5
        assertThat(BarometerSection.slope(List.of(new double[] {0, 0}, new double[] {1, 2}, new double[] {2, 1})))
                .isCloseTo(0.5, within(1e-12));
        assertThat(BarometerSection.slope(List.of(new double[] {0, 1}))).isNaN();
    }
}
