package org.entente.measure.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.entente.measure.triangle.Triangle.PairSign;
import org.junit.jupiter.api.Test;

/** Dittmer's four forms on hand-made pair signs (A=1, B=2, C=3), and the rule on hand-made inputs. */
class TriangleTest {

    static Triangle of(boolean ab, boolean ac, boolean bc) {
        return Triangle.classify(new PairSign(1, 2, ab), new PairSign(1, 3, ac), new PairSign(2, 3, bc));
    }

    @Test
    void menageATroisWhenAllThreePairsAreInAmity() {
        assertThat(of(true, true, true)).isEqualTo(new Triangle(TriangleType.MENAGE_A_TROIS, OptionalInt.empty(), List.of()));
    }

    @Test
    void romanticTriangleHasThePivotInBothAmities() {
        assertThat(of(true, true, false).pivot()).hasValue(1);
        assertThat(of(true, false, true).pivot()).hasValue(2);
        assertThat(of(false, true, true).pivot()).hasValue(3);
        assertThat(of(false, true, true).type()).isEqualTo(TriangleType.ROMANTIC);
    }

    @Test
    void stableMarriageNamesTheCoupleAndNoPivot() {
        Triangle t = of(false, false, true);
        assertThat(t.type()).isEqualTo(TriangleType.STABLE_MARRIAGE);
        assertThat(t.couple()).containsExactly(2, 3);
        assertThat(t.pivot()).isEmpty();
    }

    @Test
    void unitVetoWhenAllArAtOdds() {
        assertThat(of(false, false, false).type()).isEqualTo(TriangleType.UNIT_VETO);
    }

    @Test
    void aPairOfAStateWithItselfIsRefused() {
        assertThatThrownBy(() -> Triangle.classify(new PairSign(1, 1, true), new PairSign(1, 3, true),
                new PairSign(2, 3, true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleAddsAllianceSimilarityAndEvents() {
        TriangleRule r = TriangleRule.DEFAULT;
        // a defense pact (+1) and tau-b 0.38 (+1): score 2, amity
        assertThat(r.score(new PairInputs(365, 710, 1955, 1, 0, 0.38, null)).total()).isEqualTo(2);
        // no pact, tau-b 0.05 (between -0.1 and 0.1: 0), no events: 0, below amityAt 1
        assertThat(r.score(new PairInputs(2, 365, 1975, 0, 0, 0.05, null)).amity()).isFalse();
        // no pact, tau-b 0.2 (+1): amity
        assertThat(r.score(new PairInputs(2, 365, 1975, 0, 0, 0.2, null)).amity()).isTrue();
        // no pact, tau-b 0.2 (+1), Goldstein balance -35 (-1): 0, enmity
        assertThat(r.score(new PairInputs(2, 365, 1975, 0, 0, 0.2, -35.0)).total()).isZero();
        // options change the rule: a pact alone is amity when it weighs 2
        assertThat(new TriangleRule(2, 0.1, -0.1, 1, 1).score(new PairInputs(2, 365, 1975, 1, 0, -0.3, null)).amity())
                .isTrue();
    }

    @Test
    void memoCheckListsTheDisagreeingYears() {
        Triangle bloc = of(false, false, true);
        Triangle couple = Triangle.classify(new PairSign(2, 365, false), new PairSign(2, 710, false),
                new PairSign(365, 710, true));
        var check = MemoPeriods.check(Map.of(1950, couple, 1951, bloc, 1960, couple));
        assertThat(check.get(0).yearsComputed()).isEqualTo(2);
        assertThat(check.get(0).disagreeing()).containsExactly(1951);
        assertThat(check.get(1).disagreeing()).containsExactly(1960);
        assertThat(check.get(2).yearsComputed()).isZero();
    }
}
