package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlliancePortfoliosTest {

    @Test
    void tiesAreSymmetricSelfTiesAreThreeAndTheStrongestTieWins() {
        AlliancePortfolios p = new AlliancePortfolios(new int[] {200, 2, 20});
        p.tie(2, 20, 1);
        p.tie(20, 2, 3);   // the reverse direction holds a defense pledge
        p.tie(2, 20, 2);   // a weaker tie later does not lower it
        p.tie(2, 999, 3);  // not a member this year: ignored
        int a = p.indexOf(2);
        int b = p.indexOf(20);
        int c = p.indexOf(200);
        assertThat(p.tieAt(a, b)).isEqualTo(3);
        assertThat(p.tieAt(b, a)).isEqualTo(3);
        assertThat(p.tieAt(a, a)).isEqualTo(AllianceObligations.SELF_TIE);
        assertThat(p.tieAt(a, c)).isZero();
        assertThat(p.indexOf(999)).isEqualTo(-1);
    }

    @Test
    void comparesTwoMembersOverTheWholeSystem() {
        // members 2, 20, 200; 2 and 20 are defense allies. Portfolios over (2, 20, 200):
        // 2: 3 3 0; 20: 3 3 0; 200: 0 0 3.
        AlliancePortfolios p = new AlliancePortfolios(new int[] {2, 20, 200});
        p.tie(2, 20, 3);
        p.weight(2, 0.5);
        p.weight(20, 0.2);
        p.weight(200, 0.3);
        PortfolioSimilarity.Agreement scratch = new PortfolioSimilarity.Agreement();
        PortfolioSimilarity.Scores allies = p.compare(p.indexOf(2), p.indexOf(20), true, scratch);
        assertThat(allies.sValued()).isEqualTo(1.0);
        // 2 vs 200: every tie differs by 3: S = 1 - 2 * 3 / 3 = -1, weighted too
        PortfolioSimilarity.Scores strangers = p.compare(p.indexOf(2), p.indexOf(200), true, scratch);
        assertThat(strangers.sValued()).isCloseTo(-1.0, within(1e-12));
        assertThat(strangers.sValuedWeighted()).isCloseTo(-1.0, within(1e-12));
        // 20 vs 200 unweighted but binary: 1 1 0 vs 0 0 1 -> all differ -> -1
        assertThat(p.compare(p.indexOf(20), p.indexOf(200), false, scratch).sBinary()).isCloseTo(-1.0, within(1e-12));
        assertThat(p.compare(p.indexOf(20), p.indexOf(200), false, scratch).sBinaryWeighted()).isNaN();
    }

    @Test
    void valuedTieCoding() {
        assertThat(new AllianceObligations(true, false, false, true, true).valuedTie()).isEqualTo(3);
        assertThat(new AllianceObligations(false, true, false, false, false).valuedTie()).isEqualTo(3);
        assertThat(new AllianceObligations(false, false, true, true, false).valuedTie()).isEqualTo(2);
        assertThat(new AllianceObligations(false, false, false, true, true).valuedTie()).isEqualTo(2);
        assertThat(new AllianceObligations(false, false, false, true, false).valuedTie()).isEqualTo(1);
        assertThat(AllianceObligations.NONE.valuedTie()).isZero();
        assertThat(AllianceObligations.NONE.binaryTie()).isZero();
        assertThat(new AllianceObligations(false, false, false, true, false).binaryTie()).isEqualTo(1);
    }
}
