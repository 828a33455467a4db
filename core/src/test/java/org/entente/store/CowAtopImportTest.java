package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.ImportTesting.dataLines;
import static org.entente.store.ImportTesting.longValue;
import static org.entente.store.ImportTesting.rows;
import static org.entente.store.ImportTesting.sharedData;
import static org.entente.store.ImportTesting.tableCounts;
import static org.entente.store.ImportTesting.value;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.source.FileHead;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every COW and ATOP file in shared/data, imported by content (no kind given) into one store,
 * checked against the files themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CowAtopImportTest {

    Store store;
    final Map<String, ImportOutcome> imported = new LinkedHashMap<>();

    /** file (under shared/data), the kind it must be recognised as, the table its rows go to. */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("cow/NMC-60-abridged.csv", "cow-nmc", "capability"),
                Arguments.of("cow/nmc-7.0-peacesciencer.csv", "cow-nmc", "capability"),
                Arguments.of("cow/capitals-peacesciencer.csv", "cow-capitals", "capital"),
                Arguments.of("cow/contdir-3.2-peacesciencer.csv", "cow-contiguity", "contiguity"),
                Arguments.of("cow/majors2016.csv", "cow-majors", "major_power"),
                Arguments.of("cow/states2016.csv", "cow-states", "state_spell"),
                Arguments.of("cow/system2016.csv", "cow-system", "state_year"),
                Arguments.of("cow/trade-dyadic-4.0-peacesciencer.csv", "cow-trade", "trade_flow"),
                Arguments.of("atop/atop5_1a.csv", "atop-alliance", "atop_alliance"),
                Arguments.of("atop/atop5_1aph.csv", "atop-phase", "atop_alliance_phase"),
                Arguments.of("atop/atop5_1m.csv", "atop-member", "atop_member"),
                Arguments.of("atop/atop5_1sy.csv", "atop-state-year", "atop_state_year"),
                Arguments.of("atop/atop5_1ddyr-peacesciencer.csv", "atop-dyad-year", "atop_dyad_year"),
                Arguments.of("atop/atopinst5_1.csv", "atop-institution", "atop_institution"));
    }

    @BeforeAll
    void importEverything(@TempDir Path dir) throws Exception {
        Path data = sharedData();
        store = Store.open(dir.resolve("e2e.duckdb"));
        Importer importer = new Importer(store);
        for (Arguments a : files().toList()) {
            String name = (String) a.get()[0];
            imported.put(name, importer.importFile(data.resolve(name), null));
        }
    }

    @AfterAll
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyDataLineBecomesOneRow(String name, String kind, String table) throws Exception {
        long lines = dataLines(sharedData().resolve(name));
        ImportOutcome o = imported.get(name);
        assertThat(o.kind()).isEqualTo(kind);
        assertThat(o.unchanged()).isFalse();
        assertThat(o.rows()).isEqualTo(lines);
        assertThat(longValue(store, "SELECT count(*) FROM " + table + " WHERE dataset_id = ?", o.datasetId()))
                .isEqualTo(lines);
        assertThat(longValue(store, "SELECT rows FROM dataset WHERE id = ?", o.datasetId())).isEqualTo(lines);
        assertThat((String) value(store, "SELECT citation FROM dataset WHERE id = ?", o.datasetId())).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void exactlyOneKindRecognisesEachFile(String name, String kind, String table) throws Exception {
        FileHead head = FileHead.of(sharedData().resolve(name));
        assertThat(Importer.LOADERS.stream().filter(l -> l.recognises(head)).map(DatasetLoader::kind))
                .containsExactly(kind);
    }

    @Test
    void rowCountsStatedInTheDataReadme() {
        // shared/data/README.md and the task: 15,951 NMC v6 state-years, 673,654 trade rows,
        // 273,296 ATOP directed dyad-years, 789 alliances, 2,510 member rows, 243 state spells.
        assertThat(imported.get("cow/NMC-60-abridged.csv").rows()).isEqualTo(15_951);
        assertThat(imported.get("cow/trade-dyadic-4.0-peacesciencer.csv").rows()).isEqualTo(673_654);
        assertThat(imported.get("atop/atop5_1ddyr-peacesciencer.csv").rows()).isEqualTo(273_296);
        assertThat(imported.get("atop/atop5_1a.csv").rows()).isEqualTo(789);
        assertThat(imported.get("atop/atop5_1m.csv").rows()).isEqualTo(2_510);
        assertThat(imported.get("cow/states2016.csv").rows()).isEqualTo(243);
    }

    @Test
    void russiaChinaDyadYears() throws Exception {
        int id = imported.get("atop/atop5_1ddyr-peacesciencer.csv").datasetId();
        String q = "SELECT defense, nonagg, consul FROM atop_dyad_year WHERE dataset_id = ? AND ccode1 = 365 "
                + "AND ccode2 = 710 AND year = ?";
        // README: alliance 4385 (1992-2001) is non-aggression; 4980 (2001) adds consultation, no defense.
        assertThat(rows(store, q, id, 1992)).containsExactly(List.of(false, true, false));
        assertThat(rows(store, q, id, 2001)).containsExactly(List.of(false, true, true));
        assertThat(rows(store, q, id, 1991)).isEmpty();
    }

    @Test
    void russiaChinaAlliancesAtEveryLevel() throws Exception {
        int sy = imported.get("atop/atop5_1sy.csv").datasetId();
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) rows(store,
                "SELECT atopids FROM atop_state_year WHERE dataset_id = ? AND ccode = 365 AND year = 2001", sy).get(0).get(0);
        assertThat(ids).contains(4385, 4810, 4980);
        int m = imported.get("atop/atop5_1m.csv").datasetId();
        // atop5_1m.csv, atopid 4980: both members promise non-aggression and consultation, not defense;
        // still in effect, so the exit year is 0 and ineffect is true.
        assertThat(rows(store, "SELECT member, defense, nonagg, consul, yrexit, ineffect FROM atop_member "
                + "WHERE dataset_id = ? AND atopid = 4980 ORDER BY member", m))
                .containsExactly(List.of(365, false, true, true, 0, true), List.of(710, false, true, true, 0, true));
        int a = imported.get("atop/atop5_1a.csv").datasetId();
        assertThat(rows(store, "SELECT members, begyr, endyr FROM atop_alliance WHERE dataset_id = ? AND atopid = 4385", a))
                .containsExactly(List.of(List.of(365, 710), 1992, 2001));
    }

    @Test
    void capabilitiesAsPublishedWithMinusNineAsNull() throws Exception {
        int v6 = imported.get("cow/NMC-60-abridged.csv").datasetId();
        // NMC-60-abridged.csv line 2: USA,2,1816,3823,17,80,254,8659,101,0.039697491,2021
        assertThat(rows(store, "SELECT milex, milper, irst, pec, tpop, upop, cinc, version FROM capability "
                + "WHERE dataset_id = ? AND ccode = 2 AND year = 1816", v6))
                .containsExactly(List.of(3823.0, 17.0, 80.0, 254.0, 8659.0, 101.0, 0.039697491, "6.0"));
        // MOR,600,1912,-9,-9,-9,-9,4517.6,173.6444444,... : the four -9s are missing
        assertThat(rows(store, "SELECT milex, milper, irst, pec, tpop FROM capability "
                + "WHERE dataset_id = ? AND ccode = 600 AND year = 1912", v6))
                .containsExactly(java.util.Arrays.asList(null, null, null, null, 4517.6));
        assertThat(longValue(store, "SELECT count(*) FROM capability WHERE milex < 0 OR milper < 0 OR irst < 0 "
                + "OR pec < 0 OR tpop < 0 OR upop < 0")).isZero();
        int v7 = imported.get("cow/nmc-7.0-peacesciencer.csv").datasetId();
        assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", v7)).isEqualTo("7.0");
        assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", v6)).isEqualTo("6.0");
        // nmc-7.0-peacesciencer.csv: 2,2016,604452000,... and an empty milex for Morocco 1912
        assertThat(value(store, "SELECT milex FROM capability WHERE dataset_id = ? AND ccode = 2 AND year = 2016", v7))
                .isEqualTo(604452000.0);
        assertThat(rows(store, "SELECT milex FROM capability WHERE dataset_id = ? AND ccode = 600 AND year = 1912", v7))
                .containsExactly(java.util.Collections.singletonList(null));
        assertThat(imported.get("cow/nmc-7.0-peacesciencer.csv").notes()).anyMatch(n -> n.contains("7.0")
                && n.contains("1816-2022"));
    }

    @Test
    void tradeFlowsAsPublished() throws Exception {
        int id = imported.get("cow/trade-dyadic-4.0-peacesciencer.csv").datasetId();
        // line 2: 2,20,1920,612,735,612,735; last line: 970,990,2014,0,,0,
        assertThat(rows(store, "SELECT flow1, flow2, smoothflow1, smoothflow2, version FROM trade_flow "
                + "WHERE dataset_id = ? AND ccode1 = 2 AND ccode2 = 20 AND year = 1920", id))
                .containsExactly(List.of(612.0, 735.0, 612.0, 735.0, "4.0"));
        assertThat(rows(store, "SELECT flow1, flow2, smoothflow2 FROM trade_flow "
                + "WHERE dataset_id = ? AND ccode1 = 970 AND ccode2 = 990 AND year = 2014", id))
                .containsExactly(java.util.Arrays.asList(0.0, null, null));
        // the empty fields counted independently: 22,937 in flow1 and 27,896 in flow2
        assertThat(longValue(store, "SELECT count(*) FROM trade_flow WHERE dataset_id = ? AND flow1 IS NULL", id))
                .isEqualTo(22_937);
        assertThat(longValue(store, "SELECT count(*) FROM trade_flow WHERE dataset_id = ? AND flow2 IS NULL", id))
                .isEqualTo(27_896);
    }

    @Test
    void javaStreamingPathAgreesWithDuckDbOnTheRealTradeFile(@TempDir Path tmp) throws Exception {
        // a zipped file is streamed through FastCSV and the appender; the plain one went through read_csv
        Path zip = ImportTesting.zip(sharedData().resolve("cow/trade-dyadic-4.0-peacesciencer.csv"), tmp.resolve("t.zip"));
        ImportOutcome streamed = new Importer(store).importFile(zip, null);
        assertThat(streamed.kind()).isEqualTo("cow-trade");
        assertThat(streamed.rows()).isEqualTo(673_654);
        int viaDuckDb = imported.get("cow/trade-dyadic-4.0-peacesciencer.csv").datasetId();
        String rowsOf = "SELECT * EXCLUDE (dataset_id) FROM trade_flow WHERE dataset_id = ";
        for (int[] ab : new int[][] {{viaDuckDb, streamed.datasetId()}, {streamed.datasetId(), viaDuckDb}}) {
            assertThat(longValue(store, "SELECT count(*) FROM (" + rowsOf + ab[0] + " EXCEPT ALL " + rowsOf + ab[1] + ")"))
                    .isZero();
        }
    }

    @Test
    void statesContiguityCapitals() throws Exception {
        int states = imported.get("cow/states2016.csv").datasetId();
        // states2016.csv: USA,2,United States of America,1816,1,1,2016,12,31,2016
        assertThat(rows(store, "SELECT stateabb, statenme, CAST(start_date AS VARCHAR), CAST(end_date AS VARCHAR), "
                + "version FROM state_spell WHERE dataset_id = ? AND ccode = 2", states))
                .containsExactly(List.of("USA", "United States of America", "1816-01-01", "2016-12-31", "2016"));
        int cont = imported.get("cow/contdir-3.2-peacesciencer.csv").datasetId();
        // contdir: 2,20,1,1920-01-01,2016-12-01 (USA-Canada land border)
        assertThat(rows(store, "SELECT conttype, CAST(start_date AS VARCHAR) FROM contiguity "
                + "WHERE dataset_id = ? AND ccode1 = 2 AND ccode2 = 20", cont)).containsExactly(List.of(1, "1920-01-01"));
        int caps = imported.get("cow/capitals-peacesciencer.csv").datasetId();
        assertThat(rows(store, "SELECT capital, lat, lon FROM capital WHERE dataset_id = ? AND ccode = 2", caps))
                .containsExactly(List.of("Washington D.C.", 38.8950368, -77.0365427));
    }

    @Test
    void atopFlagsAreBooleansAndVersionsClean() throws Exception {
        for (String name : List.of("atop/atop5_1a.csv", "atop/atop5_1aph.csv", "atop/atop5_1m.csv",
                "atop/atop5_1sy.csv", "atop/atopinst5_1.csv", "atop/atop5_1ddyr-peacesciencer.csv")) {
            assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", imported.get(name).datasetId()))
                    .as(name).isEqualTo("5.1");
        }
        // atop5_1a.csv counted independently: 280 of 789 alliances have defense = 1, 372 are in effect
        int a = imported.get("atop/atop5_1a.csv").datasetId();
        assertThat(longValue(store, "SELECT count(*) FILTER (WHERE defense) FROM atop_alliance WHERE dataset_id = ?", a))
                .isEqualTo(280);
        assertThat(longValue(store, "SELECT count(*) FROM atop_alliance WHERE dataset_id = ? AND ineffect AND endyr = 0", a))
                .isEqualTo(372);
        int ph = imported.get("atop/atop5_1aph.csv").datasetId();
        assertThat(rows(store, "SELECT atopidphase, phase FROM atop_alliance_phase WHERE dataset_id = ? AND atopid = 1020 "
                + "ORDER BY atopidphase", ph)).containsExactly(List.of(1020.1, 1), List.of(1020.2, 2), List.of(1020.3, 3));
    }

    @Test
    void reimportingChangesNothing() throws Exception {
        Map<String, Long> before = tableCounts(store);
        Importer importer = new Importer(store);
        for (Arguments a : files().toList()) {
            String name = (String) a.get()[0];
            ImportOutcome again = importer.importFile(sharedData().resolve(name), null);
            assertThat(again.unchanged()).as(name).isTrue();
            assertThat(again.datasetId()).isEqualTo(imported.get(name).datasetId());
            assertThat(again.rows()).isEqualTo(imported.get(name).rows());
        }
        assertThat(tableCounts(store)).isEqualTo(before);
    }
}
