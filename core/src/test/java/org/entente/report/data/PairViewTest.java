package org.entente.report.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.entente.model.State;
import org.entente.model.StateDirectory;
import org.entente.data.StoreData;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store queries behind the charts, on tables filled by hand; expected values worked out in the comments. */
class PairViewTest {

    static final State RUS = new State(365, "RUS", "Russia");
    static final State CHN = new State(710, "CHN", "China");

    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.inMemory();
        for (int id = 1; id <= 5; id++) {
            store.execute("INSERT INTO dataset (id, kind, file_name, sha256, citation) VALUES (" + id
                    + ", 'k" + id + "', 'f" + id + ".csv', 'sha" + id + "', 'Citation " + id + "')");
        }
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void tivTablesAddSovietAndRussianRows() throws Exception {
        // dataset 2: the Soviet Union's table, dataset 3: Russia's (SIPRI publishes them apart; both are COW 365)
        store.execute("""
                INSERT INTO tiv_flow (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode, year, tiv) VALUES
                 (2, 1, 'Soviet Union', 365, 'China', 710, 1991, 100),
                 (2, 2, 'Soviet Union', 365, 'India', 750, 1991, 300),
                 (3, 1, 'Russia', 365, 'China', 710, 1992, 1000),
                 (3, 2, 'Russia', 365, 'India', 750, 1992, 500),
                 (3, 3, 'Russia', 365, 'Syria*', NULL, 1992, 500),
                 (3, 4, 'Russia', 365, 'China', 710, 1993, 0)""");
        ArmsFlows.Result r = new ArmsFlows(new StoreData(store)).read(RUS, CHN, 1990, 1995);
        assertThat(r.table()).isEqualTo("tiv_flow");
        // 1991: 100 of 400 = 25%; 1992: 1000 of 2000 (non-state recipients count in the total) = 50%;
        // 1993: 0 of 0, a share that does not exist
        assertThat(r.deliveries().points()).containsExactly(new YearSeries.Point(1991, 100),
                new YearSeries.Point(1992, 1000), new YearSeries.Point(1993, 0));
        assertThat(r.shareOfSupplierExports().value(1991)).isCloseTo(25.0, within(1e-9));
        assertThat(r.shareOfSupplierExports().value(1992)).isCloseTo(50.0, within(1e-9));
        assertThat(r.shareOfSupplierExports().value(1993)).isNull();
        assertThat(r.deliveries().datasets()).containsExactly(2, 3);
    }

    @Test
    void registerDeliveriesAreSplitEvenlyOverDeliveryYearsWhenNoTivTableIsLoaded() throws Exception {
        // 30 TIV delivered over 1996-1998 -> 10 a year; 8 over 1997 alone
        store.execute("""
                INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                                       delivery_years, tiv_delivered)
                VALUES (4, 12, 'Russia', 365, 'China', 710, [1996, 1997, 1998], 30),
                       (4, 13, 'Russia', 365, 'India', 750, [1997], 8),
                       (4, 14, 'Russia', 365, 'China', 710, [], 50),
                       (4, 15, 'Russia', 365, 'China', 710, [1996], NULL)""");
        ArmsFlows.Result r = new ArmsFlows(new StoreData(store)).read(RUS, CHN, 1990, 2001);
        assertThat(r.table()).isEqualTo("arms_deal");
        assertThat(r.deliveries().points()).containsExactly(new YearSeries.Point(1996, 10),
                new YearSeries.Point(1997, 10), new YearSeries.Point(1998, 10));
        assertThat(r.shareOfSupplierExports().value(1997)).isCloseTo(100.0 * 10 / 18, within(1e-9));
        assertThat(r.deliveries().basis()).contains("estimate");
        assertThat(r.deliveries().datasets()).containsExactly(4);
    }

    @Test
    void tradeIsReadWhicheverWayRoundTheDyadIsStored() throws Exception {
        // stored as (710, 365): flow1 = China's imports from Russia
        store.execute("INSERT INTO trade_flow (dataset_id, ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2, version) VALUES (5, 710, 365, 1995, 3800.5, 1650.0, NULL, NULL, '4.0'),"
                + " (5, 710, 365, 1996, NULL, 1700.0, NULL, NULL, '4.0')");
        TradeFlows.Result t = new TradeFlows(new StoreData(store)).read(RUS, CHN, 1990, 2001);
        assertThat(t.importsOfA().points()).containsExactly(new YearSeries.Point(1995, 1650.0),
                new YearSeries.Point(1996, 1700.0));
        assertThat(t.importsOfB().points()).containsExactly(new YearSeries.Point(1995, 3800.5));
        // the total only where both directions are published
        assertThat(t.total().points()).containsExactly(new YearSeries.Point(1995, 5450.5));
    }

    @Test
    void thirdStatesAreTheNamedOnesThenTheLargest() throws Exception {
        store.execute("""
                INSERT INTO capability (dataset_id, ccode, year, cinc) VALUES
                 (5, 2, 1995, 0.14), (5, 365, 1995, 0.06), (5, 710, 1995, 0.11), (5, 740, 1995, 0.05),
                 (5, 750, 1995, 0.06), (5, 255, 1995, 0.03), (5, 220, 1995, 0.02), (5, 200, 1995, 0.021)""");
        Capabilities caps = new Capabilities(new StoreData(store), StateDirectory.shared());
        // Japan is named; then by mean CINC: USA .14, India .06, Germany .03
        assertThat(caps.mainThirdStates(365, 710, List.of(740), 1990, 2000)).containsExactly(740, 2, 750, 255);
        List<YearSeries> cinc = caps.cinc(List.of(365, 710), 1990, 2000);
        assertThat(cinc).extracting(YearSeries::label).containsExactly("RUS", "CHN");
        assertThat(cinc.get(1).value(1995)).isEqualTo(0.11);
    }

    @Test
    void anEmptyStoreGivesEmptySeriesNotErrors() throws Exception {
        PairView v = PairView.load(new StoreData(store), RUS, CHN, 1989, 2001, List.of());
        assertThat(v.armsAtoB().deliveries().isEmpty()).isTrue();
        assertThat(v.armsAtoB().table()).isNull();
        assertThat(v.trade().total().isEmpty()).isTrue();
        assertThat(v.cinc()).allMatch(YearSeries::isEmpty);
        assertThat(v.datasets()).isEmpty();
    }
}
