package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.assess.CaseBuilder.CHN;
import static org.entente.assess.CaseBuilder.RUS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.entente.model.Case;

class ThreatCongruenceTest {

    @Test
    void congruenceByHand() {
        Case c = new CaseBuilder()
                .threat("RUS", "USA", "hegemony", 2).threat("RUS", "USA", "missile defence", 3)
                .threat("CHN", "USA", "hegemony", 2).threat("CHN", "USA", "Taiwan", 3).threat("CHN", "USA", "trade", 1)
                .threat("RUS", "NATO", "enlargement", 3).threat("CHN", "NATO", "enlargement", 1)
                .threat("CHN", "Japan", "rearmament", 2)
                .threat("RUS", "CHN", "the partner itself", 2) // mutual: kept out
                .build();
        var r = ThreatCongruence.compare(c.threats(), RUS, CHN);
        // source means: USA  RUS (2+3)/2 = 2.5, CHN (2+3+1)/3 = 2
        //               NATO RUS 3, CHN 1;  Japan RUS 0, CHN 2
        // weighted Jaccard = (2 + 1 + 0) / (2.5 + 3 + 2) = 3 / 7.5 = 0.4
        assertThat(r.weightedJaccard()).isCloseTo(0.4, within(1e-12));
        // cosine = (2.5*2 + 3*1 + 0*2) / (sqrt(2.5²+3²) * sqrt(2²+1²+2²)) = 8 / (sqrt(15.25) * 3)
        assertThat(r.cosine()).isCloseTo(8 / (Math.sqrt(15.25) * 3), within(1e-12));
        // strongest common threat: USA, min(2.5, 2) / 3
        assertThat(r.commonThreatSource()).isEqualTo("USA");
        assertThat(r.commonThreat()).isCloseTo(2.0 / 3, within(1e-12));
        // issue level: USA/hegemony (2,2), USA/missile defence (3,0), USA/Taiwan (0,3), USA/trade (0,1),
        // NATO/enlargement (3,1), Japan/rearmament (0,2): Σmin = 2 + 1 = 3, Σmax = 2+3+3+1+3+2 = 14
        assertThat(r.issueJaccard()).isCloseTo(3.0 / 14, within(1e-12));
        assertThat(r.shared()).hasSize(2);
        assertThat(r.onlyA()).hasSize(1);
        assertThat(r.onlyB()).hasSize(3);
        assertThat(r.mutual()).hasSize(1);
    }

    @Test
    void identicalAndDisjointVectors() {
        assertThat(ThreatCongruence.weightedJaccard(List.of(new double[] {3, 3}, new double[] {1, 1}))).isEqualTo(1.0);
        assertThat(ThreatCongruence.weightedJaccard(List.of(new double[] {3, 0}, new double[] {0, 2}))).isEqualTo(0.0);
        assertThat(ThreatCongruence.weightedJaccard(List.of(new double[] {0, 0}))).isNaN();
        assertThat(ThreatCongruence.cosine(List.of(new double[] {3, 0}, new double[] {0, 2}))).isEqualTo(0.0);
    }

    @Test
    void sourcesMatchWithoutCaseAndASharperSharedThreatRaisesTheCommonThreat() {
        Case c = new CaseBuilder().threat("RUS", "USA", "hegemony", 2).threat("chn", " usa ", "Hegemony", 1).build();
        var r = ThreatCongruence.compare(c.threats(), RUS, CHN);
        assertThat(r.shared()).hasSize(1);
        assertThat(r.commonThreat()).isCloseTo(1.0 / 3, within(1e-12));
        var raised = Assumptions.parse(List.of("threat.USA=3")).applyTo(c, RUS, CHN).changed();
        assertThat(ThreatCongruence.compare(raised.threats(), RUS, CHN).commonThreat()).isEqualTo(1.0);
    }
}
