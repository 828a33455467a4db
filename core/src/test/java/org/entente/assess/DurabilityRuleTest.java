package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.entente.assess.CaseBuilder.CHN;
import static org.entente.assess.CaseBuilder.RUS;
import static org.entente.assess.CaseBuilder.provision;

import java.util.List;
import java.util.Map;

import org.entente.model.Case;
import org.entente.model.CaseFact;
import org.entente.model.Obligation;
import org.entente.model.StrategicObjective.Stance;
import org.junit.jupiter.api.Test;

class DurabilityRuleTest {

    static FactorInput f(String key, double score) {
        return new FactorInput(key, key, score, "test", List.of());
    }

    @Test
    void weightedMeanAndThresholds() {
        // shared-threat 0.5 (w 2), trust −1 (w 1), arms 0.6 (w 1): (1 − 1 + 0.6) / 4 = 0.15 > 0.1: durable
        Verdict v = DurabilityRule.verdict(List.of(f("shared-threat", 0.5), f("trust", -1), f("arms-foundation", 0.6)), true,
                Map.of(), Map.of());
        assertThat(v.score()).isCloseTo(0.15, within(1e-12));
        assertThat(v.rating()).isEqualTo(Verdict.Rating.DURABLE);
        // contributions: 2·0.5/4 = 0.25, −1/4, 0.6/4
        assertThat(v.factors()).extracting(Verdict.Factor::contribution).containsExactly(0.25, -0.25, 0.15);
        assertThat(v.summary()).contains("held together by shared-threat").contains("pulled apart by trust");
        // trust at −1 with weight 2: (1 − 2 + 0.6) / 5 = −0.08: uncertain
        Verdict w = DurabilityRule.verdict(List.of(f("shared-threat", 0.5), f("trust", -1), f("arms-foundation", 0.6)), true,
                Map.of(), Map.of("trust", 2.0));
        assertThat(w.score()).isCloseTo(-0.08, within(1e-12));
        assertThat(w.rating()).isEqualTo(Verdict.Rating.UNCERTAIN);
        // below −0.1: fragile
        assertThat(DurabilityRule.rating(-0.11)).isEqualTo(Verdict.Rating.FRAGILE);
    }

    @Test
    void tooLittleWeightIsUndeterminedAndNoAllianceSaysSo() {
        // weight 1 + 1 = 2 < 3
        Verdict v = DurabilityRule.verdict(List.of(f("trust", 1), f("arms-foundation", 1)), true, Map.of(), Map.of());
        assertThat(v.rating()).isEqualTo(Verdict.Rating.UNDETERMINED);
        Verdict n = DurabilityRule.verdict(List.of(f("shared-threat", 1), f("trust", 1)), false, Map.of(), Map.of());
        assertThat(n.rating()).isEqualTo(Verdict.Rating.NOT_AN_ALLIANCE);
        // nothing says whether the pair is allied (no case, no alliance data): undetermined, whatever the score
        Verdict u = DurabilityRule.verdict(List.of(f("shared-threat", 1), f("trust", 1)), null, Map.of(), Map.of());
        assertThat(u.rating()).isEqualTo(Verdict.Rating.UNDETERMINED);
        assertThat(u.summary()).contains("neither a case file nor alliance data");
    }

    @Test
    void assumedFactorScoresReplaceComputedOnesAndUnknownKeysAreRefused() {
        Verdict v = DurabilityRule.verdict(List.of(f("shared-threat", -1), f("trust", 0)), true, Map.of("shared-threat", 1.0, "rhetoric", 1.0),
                Map.of());
        // shared 1 (w 2), trust 0 (w 1), rhetoric 1 (w 0.5): 2.5 / 3.5
        assertThat(v.score()).isCloseTo(2.5 / 3.5, within(1e-12));
        assertThat(v.factors().get(0).sources()).extracting(SourceRef::kind).containsExactly(SourceRef.Kind.ASSUMPTION);
        assertThatThrownBy(() -> DurabilityRule.verdict(List.of(), true, Map.of("nonsense", 1.0), Map.of()))
                .hasMessageContaining("unknown verdict factor 'nonsense'");
    }

    @Test
    void assumptionsParseAndRefuseNonsense() {
        Assumptions a = Assumptions.parse(List.of("threat.USA=3", "weight.trust=2", "factor.rhetoric=-0.5"));
        assertThat(a.factorWeights()).containsEntry("trust", 2.0);
        assertThat(a.factorScores()).containsEntry("rhetoric", -0.5);
        assertThatThrownBy(() -> Assumptions.parse(List.of("threat.USA=4"))).hasMessageContaining("0..3");
        assertThatThrownBy(() -> Assumptions.parse(List.of("threat.USA"))).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> Assumptions.parse(List.of("colour=red"))).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> Assumptions.parse(List.of("factor.trust=2"))).hasMessageContaining("-1..1");
        assertThatThrownBy(() -> Assumptions.parse(List.of("stance.RUS.taiwan=maybe"))).hasMessageContaining("status-quo");
    }

    @Test
    void assumptionsChangeTheCase() {
        Case c = new CaseBuilder().threat("RUS", "USA", "hegemony", 2).threat("CHN", "USA", "Taiwan", 3)
                .objective("RUS", "taiwan", Stance.STATUS_QUO).build();
        var ap = Assumptions.parse(List.of("threat.CHN.NATO=2", "threat.RUS.USA=3", "stance.RUS.Taiwan=revisionist"))
                .applyTo(c, RUS, CHN);
        assertThat(ap.changed().threats()).extracting(t -> t.perceiver() + " " + t.threatSource() + " " + t.intensity())
                .containsExactly("RUS USA 3", "CHN USA 3", "CHN NATO 2");
        assertThat(ap.changed().objectives().get(0).stance()).isEqualTo(Stance.REVISIONIST);
        assertThat(ap.applied()).hasSize(3);
        assertThat(ap.applied().get(1).replaced()).isEqualTo("RUS hegemony 2");
        assertThatThrownBy(() -> Assumptions.parse(List.of("threat.JPN.USA=3")).applyTo(c, RUS, CHN))
                .hasMessageContaining("neither RUS nor CHN");
        assertThatThrownBy(() -> Assumptions.parse(List.of("threat.USA=3")).applyTo(null, RUS, CHN))
                .hasMessageContaining("no case file");
    }

    /**
     * The paper's closing argument on a small case: a weak entente whose partners feel a moderate US
     * threat, pulled apart by trust and strategic vision. Raising the perceived US threat to the top of
     * the scale must firm it.
     */
    @Test
    void aSharperExternalThreatFirmsAWeakAlliance() throws Exception {
        Case c = new CaseBuilder()
                .treaty("t2001", "2001-07", true, provision("9", Obligation.CONSULTATION))
                .threat("RUS", "USA", "hegemony", 1).threat("CHN", "USA", "hegemony", 1)
                .threat("RUS", "NATO", "enlargement", 3)
                .objective("RUS", "region", Stance.STATUS_QUO).objective("CHN", "region", Stance.REVISIONIST)
                .fact("distrust", CaseFact.Category.TRUST, -1)
                .build();
        // baseline by hand: commitment entente 0.25 (w1); shared threat USA min(1,1)/3 → 2/3·... = 2·(1/3) − 1 = −1/3 (w2);
        // congruence: sources USA (1,1), NATO (3,0): Σmin 1 / Σmax 4 = 0.25 → 2·0.25 − 1 = −0.5 (w1);
        // vision −1 (w1); trust −1 (w1): (0.25 − 2/3 − 0.5 − 1 − 1) / 6 = −0.486: fragile
        Assessment base = Assessor.assess(new Assessor.Request(c, null, null, null, Assumptions.none()), null);
        assertThat(base.verdict().score()).isCloseTo((0.25 - 2.0 / 3 - 0.5 - 1 - 1) / 6, within(1e-9));
        assertThat(base.verdict().rating()).isEqualTo(Verdict.Rating.FRAGILE);
        // with threat.USA=3: shared threat +1 (w2); congruence (3,3),(3,0): 3/6 = 0.5 → 0 (w1):
        // (0.25 + 2 + 0 − 1 − 1) / 6 = 0.0417: uncertain, and the score rises by 0.53
        Assessment raised = Assessor.assess(new Assessor.Request(c, null, null, null, Assumptions.parse(List.of("threat.USA=3"))), null);
        assertThat(raised.verdict().score()).isCloseTo(0.25 / 6, within(1e-9));
        assertThat(raised.verdict().rating()).isEqualTo(Verdict.Rating.UNCERTAIN);
        assertThat(raised.baselineVerdict().score()).isCloseTo(base.verdict().score(), within(1e-12));
        Section s8 = raised.section(8);
        assertThat(s8.table("what-if")).isNotNull();
        assertThat(s8.summary()).contains("with them the score rises");
        // without --assume, section 8 shows the same what-if as the standing scenario of the paper's argument
        assertThat(base.section(8).finding("scenario-score").value()).isCloseTo(0.25 / 6, within(1e-9));
        assertThat(base.section(8).summary()).contains("A sharper common threat (threat.USA=3) would firm it");
    }
}
