package org.entente.measure.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which alliance is the case's: the latest begun of those in effect in the year. */
class CaseSurvivalTest {

    static AllianceSpell spell(int id, int from, Integer to) {
        return new AllianceSpell(id, 0, LocalDate.of(from, 1, 1), to == null ? SpellDates.COVERAGE_END : LocalDate.of(to, 6, 1),
                to != null, List.of(365, 710), true, false, false, false, true, true, false, false, true, 0.7, null, 0);
    }

    @Test
    void theLatestAllianceInEffectThatYear() {
        // the Russia-China pattern (ATOP 5.1): 4385 1992-2001, 4810 1996-, 4980 2001-
        List<AllianceSpell> s = List.of(spell(4385, 1992, 2001), spell(4810, 1996, null), spell(4980, 2001, null));
        assertThat(CaseSurvival.caseAlliance(s, 365, 710, 2001)).map(AllianceSpell::atopid).contains(4980);
        assertThat(CaseSurvival.caseAlliance(s, 365, 710, 1999)).map(AllianceSpell::atopid).contains(4810);
        assertThat(CaseSurvival.caseAlliance(s, 365, 710, 2020)).map(AllianceSpell::atopid).contains(4980);
        assertThat(CaseSurvival.caseAlliance(s, 365, 710, 1990)).isEmpty();
        assertThat(CaseSurvival.caseAlliance(s, 365, 2, 2001)).isEmpty();
    }

    @Test
    void anAllianceThatEndedBeforeTheYearIsNotTheCase() {
        List<AllianceSpell> s = List.of(spell(3365, 1959, 1979));
        assertThat(CaseSurvival.caseAlliance(s, 365, 710, 2000)).isEmpty();
        assertThat(CaseSurvival.of(s, 365, 710, 2000, java.util.Map.of())).isInstanceOf(CaseOutcome.Missing.class);
    }
}
