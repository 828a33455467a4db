package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Trade, arms and capability ratios: Java and SQL forms held to the same hand-worked values. */
class DependenceMeasuresTest {

    @Test
    void tradeSharesAndAsymmetry() throws Exception {
        // 1 imports 30 from 2, 2 imports 10 from 1: dyadic trade 40. Totals 400 and 100:
        // share1 = 40/400 = 0.1, share2 = 40/100 = 0.4, asymmetry = 0.1 - 0.4 = -0.3
        Double dyadic = TradeDependence.dyadicTrade(30.0, 10.0);
        assertThat(dyadic).isEqualTo(40.0);
        assertThat(TradeDependence.share(dyadic, 400.0)).isCloseTo(0.1, within(1e-12));
        assertThat(TradeDependence.asymmetry(0.1, 0.4)).isCloseTo(-0.3, within(1e-12));
        String d = TradeDependence.dyadicTradeSql("i1", "i2");
        assertThat(SqlEval.eval(TradeDependence.shareSql(d, "t1"), "i1", 30.0, "i2", 10.0, "t1", 400.0))
                .isCloseTo(0.1, within(1e-12));
        assertThat(SqlEval.eval(TradeDependence.asymmetrySql("s1", "s2"), "s1", 0.1, "s2", 0.4))
                .isCloseTo(-0.3, within(1e-12));
    }

    @Test
    void missingTradeIsMissingNotZero() throws Exception {
        assertThat(TradeDependence.dyadicTrade(30.0, null)).isNull();
        assertThat(TradeDependence.share(40.0, 0.0)).isNull();
        assertThat(TradeDependence.asymmetry(null, 0.4)).isNull();
        String d = TradeDependence.dyadicTradeSql("i1", "i2");
        assertThat(SqlEval.eval(TradeDependence.shareSql(d, "t1"), "i1", 30.0, "i2", null, "t1", 400.0)).isNull();
        assertThat(SqlEval.eval(TradeDependence.shareSql(d, "t1"), "i1", 30.0, "i2", 10.0, "t1", 0.0)).isNull();
    }

    @Test
    void armsShares() throws Exception {
        // supplier delivered 2495 to the recipient out of 5000 exported; the recipient took 3000 in all
        assertThat(ArmsDependence.share(2495.0, 5000.0)).isCloseTo(0.499, within(1e-12));
        assertThat(SqlEval.eval(ArmsDependence.shareSql("f", "t"), "f", 2495.0, "t", 3000.0))
                .isCloseTo(2495.0 / 3000, within(1e-12));
        // nothing exported at all: the share is undefined, not zero
        assertThat(ArmsDependence.share(0.0, 0.0)).isNull();
        assertThat(SqlEval.eval(ArmsDependence.shareSql("f", "t"), "f", 0.0, "t", 0.0)).isNull();
        assertThat(ArmsDependence.share(0.0, 10.0)).isZero();
    }

    @Test
    void capabilityShareAndRatio() throws Exception {
        // CINC 0.15 and 0.05: share 0.75, ratio 3 either way round
        assertThat(CapabilityBalance.share(0.15, 0.05)).isCloseTo(0.75, within(1e-12));
        assertThat(CapabilityBalance.ratio(0.05, 0.15)).isCloseTo(3.0, within(1e-12));
        assertThat(SqlEval.eval(CapabilityBalance.shareSql("a", "b"), "a", 0.15, "b", 0.05)).isCloseTo(0.75, within(1e-12));
        assertThat(SqlEval.eval(CapabilityBalance.ratioSql("a", "b"), "a", 0.05, "b", 0.15)).isCloseTo(3.0, within(1e-12));
        // one side unknown: both measures unknown (DuckDB's greatest() would otherwise skip the NULL)
        assertThat(CapabilityBalance.ratio(null, 0.15)).isNull();
        assertThat(SqlEval.eval(CapabilityBalance.ratioSql("a", "b"), "a", null, "b", 0.15)).isNull();
        assertThat(SqlEval.eval(CapabilityBalance.shareSql("a", "b"), "a", null, "b", 0.15)).isNull();
    }
}
