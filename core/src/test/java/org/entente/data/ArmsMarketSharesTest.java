package org.entente.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArmsMarketSharesTest {

    Store store;

    @BeforeEach
    void fill() throws Exception {
        store = Store.inMemory();
        // dataset 1, a register: five deals (codes: RUS 365, CHN 710, IND 750, USA 2, JPN 740, UKR 369)
        store.execute("""
                INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                    description, delivery_years, tiv_delivered, comments) VALUES
                (1, 10, 'Russia', 365, 'China', 710, 'FGA aircraft', [1995, 1996], 100, NULL),
                (1, 11, 'Russia', 365, 'India', 750, 'SAM', [1995], 60, NULL),
                (1, 12, 'United States', 2, 'Japan', 740, 'fighter aircraft', [1996], 300, NULL),
                (1, 13, 'Russia', 365, 'China', 710, 'air search radar', [1996], 20, 'produced under licence'),
                (1, 14, 'Ukraine', 369, 'China', 710, 'transport aircraft', [1996], 30, NULL),
                (1, 15, 'Russia', 365, 'China', 710, 'SAM', [2003], 500, NULL)""");
        // dataset 2, a per-delivery-year export that covers only 2001
        store.execute("""
                INSERT INTO arms_delivery (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode, year, tiv)
                VALUES (2, 20, 'Russia', 365, 'China', 710, 2001, 999)""");
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void choosesTheSourceCoveringTheWindow() throws Exception {
        var s = ArmsMarketShares.choose(store.connection(), 1995, 1996).orElseThrow();
        // the register covers 1995 and 1996; the delivery export neither
        assertThat(s.basis()).isEqualTo(ArmsMarketShares.Basis.REGISTER);
        assertThat(s.datasetIds()).containsExactly(1);
        assertThat(s.yearsCovered()).isEqualTo(2);
        // for 2001 alone, the delivery export covers the year and the register does not
        assertThat(ArmsMarketShares.choose(store.connection(), 2001, 2001).orElseThrow().basis())
                .isEqualTo(ArmsMarketShares.Basis.DELIVERIES);
    }

    @Test
    void sharesByHand() throws Exception {
        var m = new ArmsMarketShares(store.connection(), ArmsMarketShares.choose(store.connection(), 1995, 1996).orElseThrow());
        // RUS->CHN: line 10 spread evenly, 100 / 2 = 50 in 1995 and 50 in 1996; line 13 adds 20 in 1996
        var yearly = m.yearly(List.of(365), List.of(710), 1995, 1996);
        assertThat(yearly).hasSize(2);
        assertThat(yearly.get(0).volume().tiv()).isCloseTo(50, within(1e-9));
        assertThat(yearly.get(1).volume().tiv()).isCloseTo(70, within(1e-9));
        assertThat(yearly.get(1).volume().lines()).containsExactly(10, 13);
        // China's share of Russia's exports: 120 / (120 + 60) = 2/3; line 15 (2003) is outside the window
        double dyad = m.volume(List.of(365), List.of(710), 1995, 1996).tiv();
        double russia = m.volume(List.of(365), null, 1995, 1996).tiv();
        double china = m.volume(null, List.of(710), 1995, 1996).tiv();
        assertThat(ArmsMarketShares.share(dyad, russia)).isCloseTo(2.0 / 3, within(1e-9));
        // Russia's share of China's imports: 120 / (120 + 30) = 0.8
        assertThat(ArmsMarketShares.share(dyad, china)).isCloseTo(0.8, within(1e-9));
        // ranks: USA 300, RUS 180, UKR 30
        assertThat(m.supplierRanks(1995, 1996)).extracting(ArmsMarketShares.SupplierRank::ccode).containsExactly(2, 365, 369);
        // categories: FGA aircraft 100 (combat) -> Aircraft; air search radar 20 -> Sensors
        var cats = m.categories(List.of(365), List.of(710), 1995, 1996);
        assertThat(cats).extracting(ArmsMarketShares.CategoryVolume::category).containsExactly("Aircraft", "Sensors");
        assertThat(cats.get(0).combatAircraftTiv()).isCloseTo(100, within(1e-9));
        // licensed: only line 13, 20 of 120
        assertThat(m.licensed(List.of(365), List.of(710), 1995, 1996).tiv()).isCloseTo(20, within(1e-9));
    }
}
