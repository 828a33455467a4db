package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.data.StoreData;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;

class ThirdStateThreatsTest {

    @Test
    void waltsFourFactorsByHand() throws Exception {
        try (Store s = Store.inMemory()) {
            s.execute("""
                    INSERT INTO capability (dataset_id, ccode, year, cinc, milex, milper) VALUES
                    (1, 365, 2000, 0.06, 100, 1000),
                    (1, 2, 2000, 0.14, 300, 1000),
                    (1, 712, 2000, 0.001, 1, 10),
                    (1, 710, 2000, 0.12, NULL, NULL),
                    (1, 2, 1999, 0.5, 900, 9000)""");
            s.execute("INSERT INTO contiguity (dataset_id, ccode1, ccode2, conttype, start_date, end_date, version) VALUES (2, 365, 712, 1, DATE '1990-01-01', DATE '2016-12-31', '3.2')");
            var v = ThirdStateThreats.of(new StoreData(s).threatInputs(365, 2000).orElseThrow());
            assertThat(v.contiguity()).isEqualTo(2);
            assertThat(v.capitals()).isNull();
            assertThat(v.threats()).extracting(ThirdStateThreats.Threat::other).containsExactly(2, 712, 710);
            var usa = v.threats().get(0).factors();
            // power 0.14 / 0.20; no contiguity row: 0; offense (300/400 + 1000/2000) / 2; no events: intent unknown
            assertThat(usa.power()).isCloseTo(0.7, within(1e-12));
            assertThat(usa.proximity()).isEqualTo(0.0);
            assertThat(usa.offense()).isCloseTo(0.625, within(1e-12));
            assertThat(usa.intent()).isNull();
            assertThat(v.threats().get(0).index()).isCloseTo((0.7 + 0 + 0.625) / 3, within(1e-12));
            // Mongolia: land border 1.0; power 0.001/0.061; offense 1/101 both ways
            assertThat(v.threats().get(1).index()).isCloseTo((0.001 / 0.061 + 1 + 1.0 / 101) / 3, within(1e-12));
            // China: no military data, offense unknown: (0.12/0.18 + 0) / 2
            assertThat(v.threats().get(2).index()).isCloseTo((0.12 / 0.18) / 2, within(1e-12));
        }
    }

    @Test
    void nothingWithoutCapabilities() throws Exception {
        try (Store s = Store.inMemory()) {
            assertThat(new StoreData(s).threatInputs(365, 2000)).isEmpty();
        }
    }
}
