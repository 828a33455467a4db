package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BalanceOfThreatTest {

    /**
     * Self CINC 0.1, other 0.3; water contiguity up to 12 miles (type 2); capitals 500 km apart;
     * milex 100 vs 300, milper 50 vs 50; the other sent 10 events, 4 conflictual, mean Goldstein -2.
     */
    static final BalanceOfThreat.Inputs CASE = new BalanceOfThreat.Inputs(0.1, 0.3, 2, 500.0,
            100.0, 300.0, 50.0, 50.0, 10L, 4L, -2.0);

    // the SQL stages composed into one expression per factor, over the columns of columns()
    static final String POWER = BalanceOfThreat.shareSql("cs", "co");
    static final String PROXIMITY = BalanceOfThreat.proximitySql(BalanceOfThreat.contiguityScoreSql("ct"),
            BalanceOfThreat.distanceScoreSql("km"));
    static final String OFFENSE = BalanceOfThreat.offenseSql(BalanceOfThreat.shareSql("xs", "xo"),
            BalanceOfThreat.shareSql("ps", "po"));
    static final String INTENT = BalanceOfThreat.intentSql(BalanceOfThreat.conflictShareSql("n", "nc"),
            BalanceOfThreat.goldsteinTermSql("g"));

    static Object[] columns(BalanceOfThreat.Inputs in) {
        return new Object[] {"cs", in.cincSelf(), "co", in.cincOther(), "ct", in.conttype(), "km", in.capitalKm(),
            "xs", in.milexSelf(), "xo", in.milexOther(), "ps", in.milperSelf(), "po", in.milperOther(),
            "n", in.eventsFromOther(), "nc", in.conflictEventsFromOther(), "g", in.meanGoldsteinFromOther()};
    }

    @Test
    void factorsByHand() throws Exception {
        BalanceOfThreat.Factors f = BalanceOfThreat.factors(CASE);
        // power: 0.3 / (0.1 + 0.3) = 0.75
        assertThat(f.power()).isCloseTo(0.75, within(1e-12));
        // proximity: max(contiguity 0.8, distance 1 / (1 + 500/1000) = 0.667) = 0.8
        assertThat(f.proximity()).isCloseTo(0.8, within(1e-12));
        // offense: milex 300/400 = 0.75, milper 50/100 = 0.5, mean 0.625
        assertThat(f.offense()).isCloseTo(0.625, within(1e-12));
        // intent: conflict share 0.4, Goldstein (10 - -2) / 20 = 0.6, mean 0.5
        assertThat(f.intent()).isCloseTo(0.5, within(1e-12));
        // index: (0.75 + 0.8 + 0.625 + 0.5) / 4 = 0.66875
        assertThat(f.index()).isCloseTo(0.66875, within(1e-12));
        assertThat(f.known()).isEqualTo(4);
    }

    @Test
    void sqlFormsGiveTheSameNumbers() throws Exception {
        Object[] cols = columns(CASE);
        assertThat(SqlEval.eval(POWER, cols)).isCloseTo(0.75, within(1e-12));
        assertThat(SqlEval.eval(PROXIMITY, cols)).isCloseTo(0.8, within(1e-12));
        assertThat(SqlEval.eval(OFFENSE, cols)).isCloseTo(0.625, within(1e-12));
        assertThat(SqlEval.eval(INTENT, cols)).isCloseTo(0.5, within(1e-12));
        assertThat(SqlEval.eval(BalanceOfThreat.indexSql("p", "x", "o", "i"), "p", 0.75, "x", 0.8, "o", 0.625, "i", 0.5))
                .isCloseTo(0.66875, within(1e-12));
    }

    @Test
    void withoutEventsTheIndexRestsOnThreeFactors() throws Exception {
        BalanceOfThreat.Inputs noEvents = new BalanceOfThreat.Inputs(0.1, 0.3, 2, 500.0, 100.0, 300.0, 50.0, 50.0,
                null, null, null);
        BalanceOfThreat.Factors f = BalanceOfThreat.factors(noEvents);
        assertThat(f.intent()).isNull();
        // (0.75 + 0.8 + 0.625) / 3 = 0.725
        assertThat(f.index()).isCloseTo(0.725, within(1e-12));
        assertThat(f.known()).isEqualTo(3);
        assertThat(SqlEval.eval(INTENT, columns(noEvents))).isNull();
        assertThat(SqlEval.eval(BalanceOfThreat.indexSql("p", "x", "o", "i"), "p", 0.75, "x", 0.8, "o", 0.625, "i", null))
                .isCloseTo(0.725, within(1e-12));
        // a year with zero events from the other side: no intentions to read, not zero hostility
        BalanceOfThreat.Inputs silent = new BalanceOfThreat.Inputs(0.1, 0.3, 2, 500.0, 100.0, 300.0, 50.0, 50.0,
                0L, 0L, null);
        assertThat(BalanceOfThreat.factors(silent).intent()).isNull();
        assertThat(SqlEval.eval(INTENT, columns(silent))).isNull();
    }

    @Test
    void proximityFromEitherInputAndNoIndexWithoutIt() throws Exception {
        // no contiguity data: distance alone, 1 / (1 + 3000/1000) = 0.25
        BalanceOfThreat.Inputs far = new BalanceOfThreat.Inputs(0.1, 0.3, null, 3000.0, null, null, null, null,
                null, null, null);
        assertThat(BalanceOfThreat.factors(far).proximity()).isCloseTo(0.25, within(1e-12));
        assertThat(SqlEval.eval(PROXIMITY, columns(far))).isCloseTo(0.25, within(1e-12));
        // and power 0.75 with proximity 0.25: (0.75 + 0.25) / 2
        assertThat(BalanceOfThreat.factors(far).index()).isCloseTo(0.5, within(1e-12));
        // land border, no capital: 1.0
        BalanceOfThreat.Inputs border = new BalanceOfThreat.Inputs(0.1, 0.3, 1, null, null, null, null, null,
                null, null, null);
        assertThat(BalanceOfThreat.factors(border).proximity()).isEqualTo(1.0);
        assertThat(SqlEval.eval(PROXIMITY, columns(border))).isEqualTo(1.0);
        // neither: no proximity, no index
        BalanceOfThreat.Inputs nowhere = new BalanceOfThreat.Inputs(0.1, 0.3, null, null, null, null, null, null,
                null, null, null);
        assertThat(BalanceOfThreat.factors(nowhere).proximity()).isNull();
        assertThat(BalanceOfThreat.factors(nowhere).index()).isNull();
        assertThat(SqlEval.eval(PROXIMITY, columns(nowhere))).isNull();
        assertThat(SqlEval.eval(BalanceOfThreat.indexSql("p", "x", "o", "i"), "p", 0.75, "x", null, "o", 0.5, "i", 0.5))
                .isNull();
    }
}
