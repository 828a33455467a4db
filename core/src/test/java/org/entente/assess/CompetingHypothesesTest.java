package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.model.Consistency.C;
import static org.entente.model.Consistency.CC;
import static org.entente.model.Consistency.I;
import static org.entente.model.Consistency.II;
import static org.entente.model.Consistency.N;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.entente.model.Case;

class CompetingHypothesesTest {

    /**
     * Three hypotheses, four items:
     * <pre>
     *          weight  H1  H2  H3
     *   e1     2       C   II  I      inc: 0 2 1
     *   e2     1       I   C   C      inc: 1 0 0
     *   e3     1       CC  C   N      inc: 0 0 0
     *   e4     0.5     N   I   II     inc: 0 1 2
     * </pre>
     * Scores: H1 = 1·1 = 1; H2 = 2·2 + 0.5·1 = 4.5; H3 = 2·1 + 0.5·2 = 3. H1 leads.
     * Diagnosticity: e1 2·(2−0) = 4; e2 1·(1−0) = 1; e3 0 (full spread CC..N = 2); e4 0.5·2 = 1.
     * Without e1 (the most diagnostic): H1 1, H2 0.5, H3 1: H2 leads, the conclusion changes.
     * Without e2: H1 0, H2 4.5, H3 3: H1 still leads.
     */
    Case matrix() {
        return new CaseBuilder().hypothesis("H1").hypothesis("H2").hypothesis("H3")
                .evidence("e1", 2, Map.of("H1", C, "H2", II, "H3", I))
                .evidence("e2", 1, Map.of("H1", I, "H2", C, "H3", C))
                .evidence("e3", 1, Map.of("H1", CC, "H2", C, "H3", N))
                .evidence("e4", 0.5, Map.of("H1", N, "H2", I, "H3", II))
                .build();
    }

    @Test
    void weightedInconsistencyScores() {
        var r = CompetingHypotheses.analyse(matrix().hypotheses(), matrix().evidence());
        assertThat(r.scores()).extracting(CompetingHypotheses.Score::inconsistency).containsExactly(1.0, 4.5, 3.0);
        assertThat(r.leaders()).containsExactly("H1");
    }

    @Test
    void diagnosticityOrdersItemsByHowMuchTheySeparateHypotheses() {
        var r = CompetingHypotheses.analyse(matrix().hypotheses(), matrix().evidence());
        assertThat(r.diagnosticity()).extracting(d -> d.item().id()).containsExactly("e1", "e2", "e4", "e3");
        assertThat(r.diagnosticity()).extracting(CompetingHypotheses.Diagnosticity::value).containsExactly(4.0, 1.0, 1.0, 0.0);
        // e2 and e4 tie at 1; e2 comes first on the full spread (C..I = 2 against N..II = 2: tie) and then order
        assertThat(r.diagnosticity().get(3).fullSpread()).isEqualTo(2);
    }

    @Test
    void droppingTheMostDiagnosticItemChangesTheConclusion() {
        var r = CompetingHypotheses.analyse(matrix().hypotheses(), matrix().evidence());
        assertThat(r.mostDiagnosticDropped().dropped().id()).isEqualTo("e1");
        assertThat(r.mostDiagnosticDropped().leaders()).containsExactly("H2");
        assertThat(r.mostDiagnosticDropped().changesLeader()).isTrue();
        var withoutE2 = r.drops().stream().filter(d -> d.dropped().id().equals("e2")).findFirst().orElseThrow();
        assertThat(withoutE2.leaders()).containsExactly("H1");
        assertThat(withoutE2.changesLeader()).isFalse();
    }

    @Test
    void tiesAreReportedAndMissingRatingsCountAsNeutral() {
        Case c = new CaseBuilder().hypothesis("A").hypothesis("B")
                .evidence("x", 1, Map.of("A", I)) // B unrated: N
                .evidence("y", 1, Map.of("B", I)).build();
        var r = CompetingHypotheses.analyse(c.hypotheses(), c.evidence());
        assertThat(r.leaders()).containsExactly("A", "B");
    }
}
