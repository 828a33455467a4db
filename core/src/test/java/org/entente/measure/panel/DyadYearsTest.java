package org.entente.measure.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DyadYearsTest {

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

    Map<String, Map<String, Object>> build(PanelRequest r, DyadFeature... with) throws Exception {
        EnumSet<DyadFeature> set = EnumSet.noneOf(DyadFeature.class);
        set.addAll(java.util.List.of(with));
        return SmallWorld.rows(c, DyadYears.prepare(c, r, set, false));
    }

    static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void pairsWhoseMembershipDoesNotOverlapWithinAYearAreDropped() throws Exception {
        var rows = build(PanelRequest.all().years(1950, 1951));
        // 1950: 2-20, 2-200, 2-300, 20-200, 20-300 both ways; 200 left on 30 June, 300 came 1 July
        assertThat(rows).containsKeys("2-200-1950", "200-2-1950", "20-300-1950", "300-20-1950");
        assertThat(rows).doesNotContainKeys("200-300-1950", "300-200-1950", "2-200-1951");
        assertThat(rows.keySet().stream().filter(k -> k.endsWith("-1950"))).hasSize(10);
        assertThat(rows.keySet().stream().filter(k -> k.endsWith("-1951"))).hasSize(6);
        var undirected = build(PanelRequest.all().years(1950, 1950).undirected());
        assertThat(undirected.keySet()).containsExactlyInAnyOrder("2-20-1950", "2-200-1950", "2-300-1950",
                "20-200-1950", "20-300-1950");
    }

    @Test
    void atopIsZeroInsideItsYearsAndEmptyOutside() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1911), DyadFeature.ATOP);
        assertThat(rows.get("2-20-1905")).containsEntry("atop_defense", 1).containsEntry("atop_tie", 3);
        assertThat(rows.get("2-20-1904")).containsEntry("atop_defense", 0).containsEntry("atop_tie", 0);
        assertThat(rows.get("2-200-1905")).containsEntry("atop_nonagg", 0);
        assertThat(rows.get("2-200-1900")).containsEntry("atop_nonagg", 1).containsEntry("atop_tie", 1);
        // directed: 200 promised consultation to 2 in 1910, not the reverse
        assertThat(rows.get("200-2-1910")).containsEntry("atop_consul", 1);
        assertThat(rows.get("2-200-1910")).containsEntry("atop_consul", 0).containsEntry("atop_tie", 2);
        // 1911 is beyond the ATOP data: empty, not zero
        assertThat(rows.get("2-20-1911").get("atop_defense")).isNull();
        assertThat(rows.get("2-200-1911").get("atop_tie")).isNull();
        // undirected: an obligation held by either side counts
        var undirected = build(PanelRequest.all().years(1910, 1910).undirected(), DyadFeature.ATOP);
        assertThat(undirected.get("2-200-1910")).containsEntry("atop_consul", 1);
    }

    @Test
    void atopDerivedFromMembersWhenTheDyadFileIsAbsent() throws Exception {
        SmallWorld.exec(c, "DELETE FROM atop_dyad_year");
        SmallWorld.exec(c, "INSERT INTO dataset (id, kind, file_name, sha256, version, citation)"
                + " VALUES (110, 'atop-members', 'atop-m.csv', 'b1', '5.1', 'ATOP citation')");
        // alliance 1: 2 and 20 from 3 May 1905, 20 leaves 1 March 1907 (defense);
        // alliance 2: 2 until 31 Jan 1908, 200 joins 1 June 1908 -- never together (non-aggression)
        SmallWorld.exec(c, """
            INSERT INTO atop_member (dataset_id, atopid, member, phase, yrent, moent, dayent, yrexit, moexit, dayexit,
                defense, offense, neutral, nonagg, consul, version) VALUES
              (110, 1, 2, 0, 1905, 5, 3, 0, 0, 0, true, false, false, false, false, '5.1'),
              (110, 1, 20, 0, 1905, 5, 3, 1907, 3, 1, true, false, false, false, false, '5.1'),
              (110, 2, 2, 0, 1906, 1, 1, 1908, 1, 31, false, false, false, true, false, '5.1'),
              (110, 2, 200, 0, 1908, 6, 1, 1910, 0, 0, false, false, false, true, false, '5.1')""");
        var rows = build(PanelRequest.all().years(1904, 1911), DyadFeature.ATOP);
        // coverage: the member file's entry and exit years span 1905-1910
        assertThat(rows.get("2-20-1904").get("atop_defense")).isNull();
        assertThat(rows.get("2-20-1905")).containsEntry("atop_defense", 1);
        assertThat(rows.get("20-2-1907")).containsEntry("atop_defense", 1);
        assertThat(rows.get("2-20-1908")).containsEntry("atop_defense", 0);
        assertThat(rows.get("2-200-1908")).containsEntry("atop_nonagg", 0);
        assertThat(rows.get("2-20-1911").get("atop_defense")).isNull();
    }

    @Test
    void contiguityIsZeroInsideItsYearsAndEmptyOutside() throws Exception {
        var rows = build(PanelRequest.all().years(1905, 1921), DyadFeature.CONTIGUITY);
        assertThat(rows.get("2-20-1905")).containsEntry("conttype", 1);   // border until mid-1905
        assertThat(rows.get("20-2-1905")).containsEntry("conttype", 1);
        assertThat(rows.get("2-20-1906")).containsEntry("conttype", 0);
        assertThat(rows.get("2-200-1910")).containsEntry("conttype", 0);  // a type-0 spell is no border
        assertThat(rows.get("2-20-1921").get("conttype")).isNull();      // the data end in 1920
    }

    @Test
    void tradeFlowsSharesAndAsymmetryWithMissingLeftMissing() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1902), DyadFeature.TRADE);
        var r = rows.get("2-20-1900");
        assertThat(d(r.get("trade_imports1"))).isEqualTo(30.0);
        assertThat(d(r.get("trade_imports2"))).isEqualTo(10.0);
        // 2's total: 30 + 10 (with 20) + 5 (imports from 200; the exports are unknown) = 45
        // 20's total: 10 + 30 (with 2) + 1 + 2 (with 200) = 43; dyadic trade 40
        assertThat(d(r.get("trade_share1"))).isCloseTo(40.0 / 45, within(1e-12));
        assertThat(d(r.get("trade_share2"))).isCloseTo(40.0 / 43, within(1e-12));
        assertThat(d(r.get("trade_asymmetry"))).isCloseTo(40.0 / 45 - 40.0 / 43, within(1e-12));
        var back = rows.get("20-2-1900");
        assertThat(d(back.get("trade_imports1"))).isEqualTo(10.0);
        assertThat(d(back.get("trade_asymmetry"))).isCloseTo(40.0 / 43 - 40.0 / 45, within(1e-12));
        // 2-200 1900: one flow unknown, so dyadic trade and shares are unknown
        assertThat(d(rows.get("2-200-1900").get("trade_imports1"))).isEqualTo(5.0);
        assertThat(rows.get("2-200-1900").get("trade_share1")).isNull();
        // 1901: no row for 2-200 inside the data's years is still unknown, not zero
        assertThat(rows.get("2-200-1901").get("trade_imports1")).isNull();
        // 1902: beyond the trade data
        assertThat(rows.get("2-20-1902").get("trade_imports1")).isNull();
        assertThat(rows.get("2-20-1902").get("trade_share1")).isNull();
    }

    @Test
    void cincShareRatioAndTheVersionRule() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1900), DyadFeature.CINC);
        var r = rows.get("2-20-1900");
        // only milex known: CINC = milex share = .5 and .3
        assertThat(d(r.get("cinc1"))).isCloseTo(0.5, within(1e-12));
        assertThat(d(r.get("cinc2"))).isCloseTo(0.3, within(1e-12));
        assertThat(d(r.get("cap_share1"))).isCloseTo(0.625, within(1e-12));
        assertThat(d(r.get("cap_ratio"))).isCloseTo(0.5 / 0.3, within(1e-12));
        // a later NMC import wins unless a version is named
        SmallWorld.exec(c, "INSERT INTO dataset (id, kind, file_name, sha256, version, citation)"
                + " VALUES (111, 'cow-nmc', 'nmc7-test.csv', 'b2', '7.0', 'NMC v7 citation')");
        SmallWorld.exec(c, "INSERT INTO capability (dataset_id, ccode, year, milex, milper, irst, pec, tpop, upop, cinc, version)"
                + " VALUES (111, 2, 1900, 10, NULL, NULL, NULL, NULL, NULL, 0.25, '7.0'),"
                + " (111, 20, 1900, 30, NULL, NULL, NULL, NULL, NULL, 0.75, '7.0')");
        var latest = build(PanelRequest.all().years(1900, 1900), DyadFeature.CINC);
        assertThat(d(latest.get("2-20-1900").get("cinc1"))).isCloseTo(0.25, within(1e-12));
        var v6 = build(new PanelRequest(1900, 1900, Set.of(), Set.of(), true, "v6", null), DyadFeature.CINC);
        assertThat(d(v6.get("2-20-1900").get("cinc1"))).isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(() -> build(new PanelRequest(1900, 1900, Set.of(), Set.of(), true, "5.0", null),
                DyadFeature.CINC)).isInstanceOf(MissingDataException.class).hasMessageContaining("5.0");
    }

    @Test
    void capitalDistanceUsesTheCapitalInPlaceAtTheEndOfTheYear() throws Exception {
        var rows = build(PanelRequest.all().years(1919, 1921), DyadFeature.DISTANCE);
        double quarter = Math.PI / 2 * 6371.0088; // 0 to 90 degrees along the equator, or equator to pole
        assertThat(d(rows.get("2-20-1919").get("capdist_km"))).isCloseTo(quarter, within(1e-6));
        assertThat(d(rows.get("2-200-1919").get("capdist_km"))).isCloseTo(0.0, within(1e-6));
        assertThat(d(rows.get("2-200-1920").get("capdist_km"))).isCloseTo(quarter, within(1e-6)); // moved mid-1920
    }

    @Test
    void tivFlowsSharesAndCoveragePerSupplier() throws Exception {
        var rows = build(PanelRequest.all().years(1949, 1952), DyadFeature.TIV);
        var r = rows.get("2-20-1950");
        assertThat(d(r.get("tiv_1to2"))).isEqualTo(100.0);
        // 2's exports include the 50 to a non-state recipient: 100 / 150
        assertThat(d(r.get("tiv_exports1"))).isEqualTo(150.0);
        assertThat(d(r.get("tiv_1to2_of_exports1"))).isCloseTo(100.0 / 150, within(1e-12));
        assertThat(d(r.get("tiv_1to2_of_imports2"))).isCloseTo(1.0, within(1e-12));
        // 20 has no TIV table loaded: its exports are unknown, not zero
        assertThat(r.get("tiv_2to1")).isNull();
        assertThat(r.get("tiv_exports2")).isNull();
        assertThat(d(rows.get("2-20-1951").get("tiv_1to2"))).isZero();          // inside SIPRI's years
        assertThat(rows.get("2-20-1951").get("tiv_1to2_of_exports1")).isNull();  // 2 exported nothing
        assertThat(rows.get("2-20-1949").get("tiv_1to2")).isNull();              // before the tables begin
        assertThat(d(rows.get("20-2-1950").get("tiv_2to1"))).isEqualTo(100.0);
    }

    @Test
    void tivFromTheRegistersWhenNoTableIsLoaded() throws Exception {
        SmallWorld.exec(c, "DELETE FROM tiv_flow");
        SmallWorld.exec(c, "INSERT INTO dataset (id, kind, file_name, sha256, citation) VALUES"
                + " (112, 'sipri-register', 'register.csv', 'c1', 'SIPRI'), (113, 'sipri-detailed', 'detailed.csv', 'c2', 'SIPRI')");
        SmallWorld.exec(c, "INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,"
                + " delivery_years, tiv_delivered) VALUES (112, 12, 'United States', 2, 'Canada', 20, [1950, 1951, 1952], 90)");
        // register: 90 delivered over three years, 30 a year
        var register = build(PanelRequest.all().years(1950, 1952), DyadFeature.TIV);
        assertThat(d(register.get("2-20-1951").get("tiv_1to2"))).isCloseTo(30.0, within(1e-12));
        assertThat(d(register.get("2-20-1951").get("tiv_2to1"))).isZero(); // registers cover every supplier
        SmallWorld.exec(c, "INSERT INTO arms_delivery (dataset_id, line, supplier, supplier_ccode, recipient,"
                + " recipient_ccode, year, tiv) VALUES (113, 12, 'United States', 2, 'Canada', 20, 1951, 7)");
        // the detailed per-year export wins over the register in the years it covers (1951 only)...
        var detailed = build(PanelRequest.all().years(1951, 1951), DyadFeature.TIV);
        assertThat(d(detailed.get("2-20-1951").get("tiv_1to2"))).isEqualTo(7.0);
        // ...but not for a panel reaching beyond them: the register covers 1950-1952, so it is used
        var wider = build(PanelRequest.all().years(1950, 1952), DyadFeature.TIV);
        assertThat(d(wider.get("2-20-1951").get("tiv_1to2"))).isCloseTo(30.0, within(1e-12));
        assertThat(d(wider.get("2-20-1950").get("tiv_1to2"))).isCloseTo(30.0, within(1e-12));
        // asked for by name, the detailed export is used even so; its years are 1951 only
        var named = build(new PanelRequest(1950, 1952, Set.of(), Set.of(), true, null, ArmsSource.DELIVERIES),
                DyadFeature.TIV);
        assertThat(d(named.get("2-20-1951").get("tiv_1to2"))).isEqualTo(7.0);
        assertThat(named.get("2-20-1950").get("tiv_1to2")).isNull();
        var chosen = build(new PanelRequest(1950, 1952, Set.of(), Set.of(), true, null, ArmsSource.REGISTER),
                DyadFeature.TIV);
        assertThat(d(chosen.get("2-20-1951").get("tiv_1to2"))).isCloseTo(30.0, within(1e-12));
        // the detailed export fills the deal table too (1951 only here): the newer deal dataset is
        // used where it covers the panel's years, the older full register where it does not
        SmallWorld.exec(c, "INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,"
                + " delivery_years, tiv_delivered) VALUES (113, 12, 'United States', 2, 'Canada', 20, [1951], 5)");
        var newer = build(new PanelRequest(1951, 1951, Set.of(), Set.of(), true, null, ArmsSource.REGISTER),
                DyadFeature.TIV);
        assertThat(d(newer.get("2-20-1951").get("tiv_1to2"))).isEqualTo(5.0);
        var older = build(new PanelRequest(1950, 1952, Set.of(), Set.of(), true, null, ArmsSource.REGISTER),
                DyadFeature.TIV);
        assertThat(d(older.get("2-20-1951").get("tiv_1to2"))).isCloseTo(30.0, within(1e-12));
    }

    @Test
    void similarityOverAllMembersByHand() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1911), DyadFeature.SIMILARITY);
        // 1905: members 2, 20, 200; 2-20 defense. Portfolios 2: 3 3 0, 20: 3 3 0, 200: 0 0 3
        assertThat(d(rows.get("2-20-1905").get("s_val"))).isCloseTo(1.0, within(1e-12));
        assertThat(d(rows.get("2-200-1905").get("s_val"))).isCloseTo(-1.0, within(1e-12));
        assertThat(rows.get("2-200-1905").get("s_val_wt")).isNull(); // no NMC loaded for 1905
        // 1900: 2-200 non-aggression. 2: 3 0 1, 200: 1 0 3 -> |d| 2 0 2 = 4/3; S = 1 - 2(4/3)/3 = 1/9
        assertThat(d(rows.get("2-200-1900").get("s_val"))).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(d(rows.get("200-2-1900").get("s_val"))).isCloseTo(1.0 / 9, within(1e-12));
        // weighted by CINC .5 .3 .2: (.5*2 + .3*0 + .2*2)/3 = 1.4/3 -> S = 1 - 2.8/3
        assertThat(d(rows.get("2-200-1900").get("s_val_wt"))).isCloseTo(1 - 2.8 / 3, within(1e-12));
        // the state filter does not shrink the portfolios: still over 2, 20 and 200
        var filtered = build(PanelRequest.all().years(1900, 1900).states(Set.of(2, 200)), DyadFeature.SIMILARITY);
        assertThat(filtered.keySet()).containsExactlyInAnyOrder("2-200-1900", "200-2-1900");
        assertThat(d(filtered.get("2-200-1900").get("s_val"))).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(rows.get("2-20-1911").get("s_val")).isNull(); // beyond ATOP
    }

    @Test
    void eventsCountsAndGoldsteinSums() throws Exception {
        var rows = build(PanelRequest.all().years(1950, 1951), DyadFeature.EVENTS);
        var r = rows.get("2-20-1950");
        assertThat(r).containsEntry("events_1to2", 2L).containsEntry("events_1to2_q1", 1L)
                .containsEntry("events_1to2_q4", 1L).containsEntry("events_2to1", 0L);
        assertThat(d(r.get("goldstein_1to2"))).isEqualTo(-7.0);
        assertThat(rows.get("2-20-1951").get("events_1to2")).isNull(); // beyond the loaded events
    }

    @Test
    void threatFromItsFactors() throws Exception {
        var rows = build(PanelRequest.all().years(1900, 1900), DyadFeature.THREAT);
        var r = rows.get("2-20-1900");
        // power 2: .5/.8; proximity: land border 1.0; offense: milex 50/80, milper unknown; no events in 1900
        assertThat(d(r.get("cap_share1"))).isCloseTo(0.625, within(1e-12)); // the power factor, output once
        assertThat(r).doesNotContainKeys("threat_power1", "threat_power2", "threat_offense2");
        assertThat(d(r.get("threat_proximity"))).isCloseTo(1.0, within(1e-12));
        assertThat(d(r.get("threat_offense1"))).isCloseTo(0.625, within(1e-12));
        assertThat(r.get("threat_intent1")).isNull();
        assertThat(d(r.get("threat1"))).isCloseTo((0.625 + 1.0 + 0.625) / 3, within(1e-12));
        assertThat(d(r.get("threat2"))).isCloseTo((0.375 + 1.0 + 0.375) / 3, within(1e-12));
        // the helper columns behind it are not output
        assertThat(r).doesNotContainKeys("cinc1", "conttype", "milex1", "thr_n12");
    }

    @Test
    void threatIntentFromEvents() throws Exception {
        var rows = build(PanelRequest.all().years(1950, 1951), DyadFeature.THREAT);
        // 1950, 2 to 20: two events, one material conflict; Goldstein 3 and -10, mean -3.5.
        // conflict share 0.5, Goldstein term (10 + 3.5) / 20 = 0.675, intent (0.5 + 0.675) / 2
        assertThat(d(rows.get("2-20-1950").get("threat_intent1"))).isCloseTo(0.5875, within(1e-12));
        // 20 sent 2 no event: no intentions to read
        assertThat(rows.get("2-20-1950").get("threat_intent2")).isNull();
        // 1951 is beyond the loaded events
        assertThat(rows.get("2-20-1951").get("threat_intent1")).isNull();
        // no NMC for 1950: no power, so no index, whatever the other factors
        assertThat(rows.get("2-20-1950").get("threat1")).isNull();
        // proximity from distance alone (the contiguity data end in 1920): 1 / (1 + 10007.5 / 1000)
        assertThat(d(rows.get("2-20-1950").get("threat_proximity")))
                .isCloseTo(1 / (1 + Math.PI / 2 * 6371.0088 / 1000), within(1e-9));
    }

    @Test
    void cowAllianceTypesFromTheYearlyFileWithItsDuplicatesAndYearZero() throws Exception {
        SmallWorld.exec(c, "INSERT INTO dataset (id, kind, file_name, sha256, version, citation)"
                + " VALUES (114, 'cow-alliance', 'alliance_v4.1_by_directed_yearly.csv', 'd1', '4.1', 'COW alliances')");
        // the published yearly file repeats a dyad-year once per alliance, and has stray year-0 rows
        SmallWorld.exec(c, """
            INSERT INTO cow_alliance_dyad_year (dataset_id, ccode1, ccode2, year, defense, neutrality, nonaggression, entente) VALUES
              (114, 2, 20, 1903, true, false, false, false),
              (114, 2, 20, 1903, false, false, false, true),
              (114, 20, 2, 1903, true, false, false, false),
              (114, 2, 200, 1906, false, false, true, false),
              (114, 2, 200, 0, true, true, true, true)""");
        var rows = build(PanelRequest.all().years(1902, 1907), DyadFeature.COW_ALLIANCE);
        assertThat(rows.get("2-20-1903")).containsEntry("cow_defense", 1).containsEntry("cow_entente", 1);
        assertThat(rows.get("20-2-1903")).containsEntry("cow_defense", 1).containsEntry("cow_entente", 0);
        assertThat(rows.get("200-2-1906")).containsEntry("cow_nonagg", 0); // only 2 holds it, directed
        assertThat(rows.get("2-200-1906")).containsEntry("cow_nonagg", 1);
        assertThat(rows.get("2-20-1904")).containsEntry("cow_defense", 0);
        // coverage 1903-1906: the year-0 row does not stretch it
        assertThat(rows.get("2-20-1902").get("cow_defense")).isNull();
        assertThat(rows.get("2-20-1907").get("cow_defense")).isNull();
        var undirected = build(PanelRequest.all().years(1903, 1903).undirected(), DyadFeature.COW_ALLIANCE);
        assertThat(undirected.get("2-20-1903")).containsEntry("cow_entente", 1);
    }

    @Test
    void involvingKeepsEveryDyadOfTheNamedStates() throws Exception {
        var rows = build(new PanelRequest(1951, 1951, Set.of(), Set.of(300), true, null, null));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("2-300-1951", "300-2-1951", "20-300-1951", "300-20-1951");
    }

    @Test
    void aRequestedMeasureWithoutDataSaysWhatToImport() throws Exception {
        assertThatThrownBy(() -> build(PanelRequest.all(), DyadFeature.COW_ALLIANCE))
                .isInstanceOf(MissingDataException.class).hasMessageContaining("COW Formal Alliances");
    }
}
