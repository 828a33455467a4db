package org.entente.measure.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateYearsTest {

    Store store;
    Connection c;

    @BeforeEach
    void world() throws Exception {
        store = Store.inMemory();
        c = store.connection();
        SmallWorld.fill(c);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    Map<String, Map<String, Object>> build(PanelRequest r, StateFeature... with) throws Exception {
        EnumSet<StateFeature> set = EnumSet.noneOf(StateFeature.class);
        set.addAll(List.of(with));
        return SmallWorld.rows(c, StateYears.prepare(c, r, set, false));
    }

    static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void membersAndCapabilities() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1900), StateFeature.CINC);
        assertThat(rows.keySet()).containsExactlyInAnyOrder("2-1900", "20-1900", "200-1900");
        assertThat(d(rows.get("2-1900").get("cinc"))).isCloseTo(0.5, within(1e-12));
        assertThat(d(rows.get("2-1900").get("cinc_published"))).isCloseTo(0.5, within(1e-12));
        assertThat(d(rows.get("2-1900").get("milex"))).isEqualTo(50.0);
        assertThat(rows.get("2-1900").get("milper")).isNull();
        assertThat(rows.get("2-1900")).containsEntry("stateabb", "USA");
    }

    @Test
    void majorPowersAllianceTradeArmsAndEvents() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1952), StateFeature.MAJOR, StateFeature.ATOP,
                StateFeature.TRADE, StateFeature.TIV, StateFeature.EVENTS);
        assertThat(rows.get("2-1950")).containsEntry("major", 1);
        assertThat(rows.get("200-1950")).containsEntry("major", 1);
        assertThat(rows.get("20-1950")).containsEntry("major", 0);
        assertThat(rows.get("2-1905")).containsEntry("atop_defense", 1).containsEntry("atop_partners", 1L);
        assertThat(rows.get("200-1905")).containsEntry("atop_defense", 0).containsEntry("atop_partners", 0L);
        assertThat(rows.get("2-1911").get("atop_defense")).isNull();
        // 2's imports 1900: 30 from 20 and 5 from 200; exports 10 to 20 (to 200 unknown)
        assertThat(d(rows.get("2-1900").get("trade_imports"))).isEqualTo(35.0);
        assertThat(d(rows.get("2-1900").get("trade_exports"))).isEqualTo(10.0);
        assertThat(rows.get("2-1902").get("trade_imports")).isNull();
        assertThat(d(rows.get("2-1950").get("tiv_exports"))).isEqualTo(150.0);
        assertThat(d(rows.get("20-1950").get("tiv_imports"))).isEqualTo(100.0);
        assertThat(rows.get("20-1950").get("tiv_exports")).isNull(); // no table for 20
        assertThat(d(rows.get("300-1951").get("tiv_imports"))).isZero();
        assertThat(rows.get("2-1949").get("tiv_exports")).isNull();
        assertThat(rows.get("2-1950")).containsEntry("events_sent", 2L);
        assertThat(rows.get("20-1950")).containsEntry("events_received", 2L).containsEntry("events_sent", 0L);
        assertThat(rows.get("2-1951").get("events_sent")).isNull();
    }

    @Test
    void stateFilter() throws Exception {
        var rows = build(PanelRequest.all().years(1950, 1950).states(Set.of(300)));
        assertThat(rows.keySet()).containsExactly("300-1950");
    }
}
