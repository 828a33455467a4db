package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.assess.CaseBuilder.CHN;
import static org.entente.assess.CaseBuilder.RUS;
import static org.entente.model.StrategicObjective.Stance.REVISIONIST;
import static org.entente.model.StrategicObjective.Stance.STATUS_QUO;

import org.junit.jupiter.api.Test;
import org.entente.model.Case;
import org.entente.model.CaseFact;

class IncompatibilityTest {

    @Test
    void strategicVisionByIssue() {
        Case c = new CaseBuilder()
                .objective("RUS", "region", STATUS_QUO).objective("CHN", "region", REVISIONIST)
                .objective("RUS", "territory", STATUS_QUO).objective("CHN", "Territory", REVISIONIST)
                .objective("RUS", "polarity", REVISIONIST).objective("CHN", "polarity", REVISIONIST)
                .objective("CHN", "Tibet", STATUS_QUO).build();
        var v = Incompatibility.vision(c.objectives(), RUS, CHN);
        // three shared issues: one same, two opposite: (1 − 2) / 3
        assertThat(v.score()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(v.unmatched()).hasSize(1);
        // RUS: 2 status quo, 1 revisionist; CHN: 3 revisionist, 1 status quo
        assertThat(v.overallA()).isEqualTo("status quo");
        assertThat(v.overallB()).isEqualTo("revisionist");
    }

    @Test
    void withoutSharedIssuesTheOverallStancesAreCompared() {
        Case c = new CaseBuilder().objective("RUS", "a", STATUS_QUO).objective("CHN", "b", REVISIONIST).build();
        assertThat(Incompatibility.vision(c.objectives(), RUS, CHN).score()).isEqualTo(-1.0);
        Case same = new CaseBuilder().objective("RUS", "a", STATUS_QUO).objective("CHN", "b", STATUS_QUO).build();
        assertThat(Incompatibility.vision(same.objectives(), RUS, CHN).score()).isEqualTo(1.0);
        assertThat(Incompatibility.vision(new CaseBuilder().objective("RUS", "a", STATUS_QUO).build().objectives(), RUS, CHN)
                .score()).isNull();
    }

    @Test
    void factsBalanceIgnoresNeutralFacts() {
        Case c = new CaseBuilder().fact("a", CaseFact.Category.TRUST, -1).fact("b", CaseFact.Category.TRUST, -1)
                .fact("c", CaseFact.Category.TRUST, 1).fact("d", CaseFact.Category.TRUST, 0).build();
        // (1 − 2) / 3; the neutral fact does not dilute
        assertThat(Incompatibility.meanDirection(c.facts()).getAsDouble()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(Incompatibility.meanDirection(new CaseBuilder().fact("z", CaseFact.Category.TRUST, 0).build().facts()))
                .isEmpty();
    }

    @Test
    void trajectoryTradeAndDemographyRules() {
        // equal trends: +1
        assertThat(Incompatibility.trajectoryScore(0.1, 0.05, 0.2, 0.1)).isCloseTo(1, within(1e-12));
        // A halves, B doubles: |ln 0.5 − ln 2| = 2 ln 2 ≥ ln 2: −1
        assertThat(Incompatibility.trajectoryScore(0.1, 0.05, 0.1, 0.2)).isCloseTo(-1, within(1e-12));
        // A flat, B × √2: gap ln √2 = ½ ln 2: 1 − 2·½ = 0
        assertThat(Incompatibility.trajectoryScore(0.1, 0.1, 0.1, 0.1 * Math.sqrt(2))).isCloseTo(0, within(1e-12));
        // shares double for A (+1) and stay for B (0): mean 0.5
        assertThat(Incompatibility.tradeTrendScore(0.01, 0.02, 0.05, 0.05)).isCloseTo(0.5, within(1e-12));
        // both quarter: log2 = −2 each, clipped to −1
        assertThat(Incompatibility.tradeTrendScore(0.04, 0.01, 0.04, 0.01)).isEqualTo(-1);
        // population ratio 8 → 9 (+12.5%): widening, −1; 8 → 8.5 (+6%): 0; 9 → 8 (−11%): +1
        assertThat(Incompatibility.imbalanceScore(8, 9)).isEqualTo(-1);
        assertThat(Incompatibility.imbalanceScore(8, 8.5)).isEqualTo(0);
        assertThat(Incompatibility.imbalanceScore(9, 8)).isEqualTo(1);
        assertThat(Incompatibility.mean(null, 1.0, -0.5)).isCloseTo(0.25, within(1e-12));
        assertThat(Incompatibility.mean(null, null)).isNull();
    }
}
