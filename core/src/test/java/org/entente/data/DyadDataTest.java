package org.entente.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.entente.store.Store;
import org.junit.jupiter.api.Test;

/** The small store queries of the assessment, on rows written by hand. */
class DyadDataTest {

    @Test
    void eventsByYearCountARepeatedIdOnce() throws Exception {
        try (Store s = Store.inMemory()) {
            s.execute("""
                    INSERT INTO event (dataset_id, line, origin, event_id, event_date, source_ccode, target_ccode,
                        cameo_code, root_code, quad_class, goldstein, num_mentions) VALUES
                    (1, 1, 'icews', 'e1', DATE '2018-03-01', 365, 710, '040', '04', 1, 3.0, 1),
                    (2, 9, 'icews', 'e1', DATE '2018-03-01', 365, 710, '040', '04', 1, 3.0, 5),
                    (1, 2, 'icews', 'e2', DATE '2018-04-01', 710, 365, '190', '19', 4, -5.0, 1),
                    (1, 3, 'icews', 'e3', DATE '2018-05-01', 710, 365, '070', '07', 2, 6.0, 1),
                    (1, 4, 'icews', 'e4', DATE '2018-05-01', 2, 365, '190', '19', 4, -10.0, 1)""");
            List<DyadEvents.Year> ys = DyadEvents.of(s.connection(), 365, 710, 2018, 2018);
            assertThat(ys).hasSize(1);
            DyadEvents.Year y = ys.get(0);
            // e1 (once), e2, e3; e4 is USA→RUS
            assertThat(y.events()).isEqualTo(3);
            // Goldstein (3 − 5 + 6) / 3 = 4/3; cooperative 2 of 3
            assertThat(y.meanGoldstein()).isCloseTo(4.0 / 3, within(1e-12));
            assertThat(y.cooperativeShare()).isCloseTo(2.0 / 3, within(1e-12));
            // the copy with more mentions is the one kept
            assertThat(y.datasetIds()).containsExactly(1, 2);
        }
    }

    @Test
    void alliancesOfAPairReadEitherDirectionAndTheLatestImport() throws Exception {
        try (Store s = Store.inMemory()) {
            s.execute("""
                    INSERT INTO atop_dyad_year (dataset_id, ccode1, ccode2, year, defense, offense, neutral, nonagg, consul) VALUES
                    (5, 710, 365, 2001, FALSE, FALSE, FALSE, TRUE, TRUE),
                    (4, 365, 710, 2001, TRUE, FALSE, FALSE, FALSE, FALSE)""");
            var c = DyadAlliances.atopDyadYear(s.connection(), 365, 710, 2001).orElseThrow();
            // dataset 5 is the later import: its non-aggression + consultation, not dataset 4's defense
            assertThat(c.datasetId()).isEqualTo(5);
            assertThat(c.flags()).isEqualTo(new DyadAlliances.Flags(false, false, false, true, true));
            assertThat(DyadAlliances.atopDyadYear(s.connection(), 365, 710, 1999).orElseThrow().rows()).isZero();
            assertThat(DyadAlliances.cowDyadYear(s.connection(), 365, 710, 2001)).isEmpty();
            s.execute("""
                    INSERT INTO atop_member (dataset_id, atopid, member, phase, yrent, yrexit, defense, offense, neutral, nonagg, consul)
                    VALUES (3, 4980, 365, 0, 2001, 0, FALSE, FALSE, FALSE, TRUE, TRUE),
                           (3, 4980, 710, 0, 2001, 0, FALSE, FALSE, FALSE, TRUE, FALSE),
                           (3, 4385, 365, 0, 1992, 2001, FALSE, FALSE, FALSE, TRUE, FALSE),
                           (3, 4385, 710, 0, 1992, 2001, FALSE, FALSE, FALSE, TRUE, FALSE),
                           (3, 1000, 365, 0, 1950, 1980, TRUE, FALSE, FALSE, FALSE, FALSE),
                           (3, 1000, 710, 0, 1950, 1980, TRUE, FALSE, FALSE, FALSE, FALSE)""");
            var shared = DyadAlliances.atopShared(s.connection(), 365, 710, 2001);
            // 1000 ended in 1980; 4385 runs to 2001 inclusive; 4980 from 2001 (yrexit 0: still in force)
            assertThat(shared).extracting(DyadAlliances.SharedAlliance::atopid).containsExactly(4385, 4980);
            // consultation of either member counts
            assertThat(shared.get(1).flags().consultation()).isTrue();
        }
    }

    @Test
    void tradeOfAPairAndItsShareOfEachPartysTrade() throws Exception {
        try (Store s = Store.inMemory()) {
            // flow1 = imports of ccode1 from ccode2 (million US$)
            s.execute("""
                    INSERT INTO trade_flow (dataset_id, ccode1, ccode2, year, flow1, flow2) VALUES
                    (1, 365, 710, 1995, 3000, 1500),
                    (1, 2, 365, 1995, 4000, 2000),
                    (1, 2, 710, 1995, 50000, 10000)""");
            var t = DyadTrade.of(s.connection(), 710, 365, 1995, 1995).orElseThrow();
            DyadTrade.Year y = t.years().get(0);
            // China's imports from Russia are flow2 of the (365, 710) row
            assertThat(y.aImports()).isEqualTo(1500);
            assertThat(y.bImports()).isEqualTo(3000);
            assertThat(y.total()).isEqualTo(4500);
            // China's world trade: 4500 + 60000; Russia's: 4500 + 6000
            assertThat(y.aWorld()).isEqualTo(64500);
            assertThat(y.bWorld()).isEqualTo(10500);
            var w = DyadTrade.world(s.connection(), 365, 1995, 1995).orElseThrow().get(0);
            // Russia imports 3000 (from CHN) + 2000 (from USA); exports 1500 + 4000
            assertThat(w.imports()).isEqualTo(5000);
            assertThat(w.exports()).isEqualTo(5500);
        }
    }
}
