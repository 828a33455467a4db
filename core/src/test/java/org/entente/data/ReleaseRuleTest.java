package org.entente.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.entente.store.Store;
import org.junit.jupiter.api.Test;

/**
 * Which release a figure is read from: the newest generation date, not the last import (issue
 * #16: an older SIPRI release imported after a newer one must not take over), and
 * {@code --release-date} picks an older one. Figures by hand: one deal delivered in 1999 alone, so
 * its delivered TIV is that year's flow.
 */
class ReleaseRuleTest {

    static Store store() throws Exception {
        Store s = Store.inMemory();
        // dataset 1 is the newer release (2025), imported first; dataset 2 the older (2023), imported after it
        s.execute("""
                INSERT INTO dataset (id, kind, file_name, sha256, rows, version, generated, citation) VALUES
                (1, 'sipri-register', 'trade-register-2025-03-13.csv', 'a', 1, NULL, '2025-03-13', 'SIPRI 2025'),
                (2, 'sipri-register', 'trade-register-2023-03-13.csv', 'b', 1, NULL, '2023-03-13', 'SIPRI 2023'),
                (3, 'cow-nmc', 'nmc-7.0.csv', 'c', 1, '7.0', NULL, 'NMC 7.0'),
                (4, 'cow-nmc', 'NMC-60-abridged.csv', 'd', 1, '6.0', NULL, 'NMC 6.0')""");
        s.execute("""
                INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                    description, delivery_years, tiv_delivered) VALUES
                (1, 10, 'Russia', 365, 'China', 710, 'fighter aircraft', [1999], 1737.6),
                (2, 10, 'Russia', 365, 'China', 710, 'fighter aircraft', [1999], 1500)""");
        s.execute("INSERT INTO capability (dataset_id, ccode, year, cinc) VALUES (3, 365, 1999, 0.05), (4, 365, 1999, 0.06)");
        return s;
    }

    @Test
    void theNewestGenerationDateWinsNotTheLastImport() throws Exception {
        try (Store s = store()) {
            StoreData data = new StoreData(s);
            ArmsMarketShares.FlowSource src = data.armsSource(1999, 1999).orElseThrow();
            assertThat(src.datasetIds()).containsExactly(1);
            assertThat(data.arms(src).yearly(List.of(365), List.of(710), 1999, 1999).get(0).volume().tiv())
                    .isCloseTo(1737.6, within(1e-9));
            assertThat(LoadedData.latest(s.connection(), "arms_deal")).contains(1);
            // releases without a date go by import order: dataset 4 (NMC 6.0) was imported last
            assertThat(LoadedData.latest(s.connection(), "capability")).contains(4);
        }
    }

    @Test
    void aReleaseDatePicksTheNewestReleaseGeneratedByThen() throws Exception {
        try (Store s = store()) {
            LoadedData.pickReleaseDate(s, LocalDate.of(2024, 1, 1));
            StoreData data = new StoreData(s);
            ArmsMarketShares.FlowSource src = data.armsSource(1999, 1999).orElseThrow();
            assertThat(src.datasetIds()).containsExactly(2);
            assertThat(data.arms(src).volume(List.of(365), List.of(710), 1999, 1999).tiv()).isCloseTo(1500, within(1e-9));
            // undated releases always count
            assertThat(LoadedData.latest(s.connection(), "capability")).contains(4);
            LoadedData.pickReleaseDate(s, null);
            assertThat(LoadedData.latest(s.connection(), "arms_deal")).contains(1);
        }
    }
}
