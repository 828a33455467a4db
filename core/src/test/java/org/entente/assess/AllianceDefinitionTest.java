package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.assess.CaseBuilder.CHN;
import static org.entente.assess.CaseBuilder.RUS;
import static org.entente.assess.CaseBuilder.provision;

import java.util.List;

import org.entente.model.Case;
import org.entente.model.CaseFact;
import org.entente.model.Obligation;
import org.entente.assess.AllianceDefinition.SingerSmallType;
import org.junit.jupiter.api.Test;

class AllianceDefinitionTest {

    @Test
    void highestCommitmentInTheProvisionsDecidesTheType() {
        // consultation (III) + non-aggression (II) + defense (I): defense wins, decided by article 5
        Case c = new CaseBuilder().treaty("t", "1995-01", true, provision("1", Obligation.CONSULTATION),
                provision("3", Obligation.NON_AGGRESSION), provision("5", Obligation.DEFENSE), provision("7", Obligation.OTHER)).build();
        var r = AllianceDefinition.assess(c.treaties(), c.facts(), RUS, CHN, 2000);
        assertThat(r.type()).isEqualTo(SingerSmallType.DEFENSE_PACT);
        assertThat(r.deciding().deciding().article()).isEqualTo("5");
        assertThat(r.holsti()).isTrue();
        assertThat(r.walt()).isTrue();
    }

    @Test
    void consultationAndMilitaryCooperationMakeAnEntente() {
        // the 2001 treaty as the paper reads it: consultation on threats and military cooperation, no pledge
        Case c = new CaseBuilder().treaty("t2001", "2001-07-16", true, provision("VII", Obligation.MILITARY_COOPERATION),
                provision("IX", Obligation.CONSULTATION)).build();
        var r = AllianceDefinition.assess(c.treaties(), c.facts(), RUS, CHN, 2001);
        assertThat(r.type()).isEqualTo(SingerSmallType.ENTENTE);
        // the first article of the winning class decides
        assertThat(r.deciding().deciding().article()).isEqualTo("VII");
    }

    @Test
    void theLatestAgreementIsTheAllianceAndTheStrongestIsReportedBeside() {
        Case c = new CaseBuilder()
                .treaty("t1992", "1992-12", true, provision("1", Obligation.NON_AGGRESSION))
                .treaty("t2001", "2001-07", true, provision("9", Obligation.CONSULTATION))
                .treaty("trade", "1993-03", true, provision("1", Obligation.OTHER)).build();
        var r = AllianceDefinition.assess(c.treaties(), c.facts(), RUS, CHN, 2001);
        assertThat(r.deciding().treaty().id()).isEqualTo("t2001");
        assertThat(r.type()).isEqualTo(SingerSmallType.ENTENTE);
        assertThat(r.strongest().treaty().id()).isEqualTo("t1992");
        assertThat(r.strongest().type()).isEqualTo(SingerSmallType.NEUTRALITY_OR_NON_AGGRESSION);
        // as of 1999 the 2001 treaty does not exist yet
        var r1999 = AllianceDefinition.assess(c.treaties(), c.facts(), RUS, CHN, 1999);
        assertThat(r1999.deciding().treaty().id()).isEqualTo("t1992");
    }

    @Test
    void informalCooperationSatisfiesWaltButNotHolsti() {
        Case c = new CaseBuilder().treaty("statement", "1996-04", false, provision("-", Obligation.CONSULTATION)).build();
        var r = AllianceDefinition.assess(c.treaties(), c.facts(), RUS, CHN, 2000);
        assertThat(r.holsti()).isFalse();
        assertThat(r.walt()).isTrue();
        assertThat(r.type()).isEqualTo(SingerSmallType.NONE);

        Case m = new CaseBuilder().fact("exercises", CaseFact.Category.MILITARY, 1).build();
        assertThat(AllianceDefinition.assess(m.treaties(), m.facts(), RUS, CHN, 2000).walt()).isTrue();
        Case none = new CaseBuilder().treaty("trade", "1993", true, provision("1", Obligation.OTHER)).build();
        var n = AllianceDefinition.assess(none.treaties(), none.facts(), RUS, CHN, 2000);
        assertThat(n.holsti()).isFalse();
        assertThat(n.walt()).isFalse();
    }

    @Test
    void datasetFlagsFollowTheSameRanking() {
        // ATOP codes the 2001 treaty non-aggression + consultation: Type II by this ranking
        assertThat(AllianceDefinition.typeOfFlags(false, false, false, true, true))
                .isEqualTo(SingerSmallType.NEUTRALITY_OR_NON_AGGRESSION);
        assertThat(AllianceDefinition.typeOfFlags(false, true, false, false, false)).isEqualTo(SingerSmallType.DEFENSE_PACT);
        assertThat(AllianceDefinition.typeOfFlags(false, false, false, false, true)).isEqualTo(SingerSmallType.ENTENTE);
        assertThat(AllianceDefinition.typeOfFlags(false, false, false, false, false)).isEqualTo(SingerSmallType.NONE);
        assertThat(List.of(SingerSmallType.values())).extracting(SingerSmallType::rank).containsExactly(3, 2, 1, 0);
    }
}
