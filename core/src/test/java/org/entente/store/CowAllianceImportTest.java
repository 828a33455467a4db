package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.ImportTesting.fixture;
import static org.entente.store.ImportTesting.longValue;
import static org.entente.store.ImportTesting.rows;
import static org.entente.store.ImportTesting.value;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COW Formal Alliances v4.1 in its official layouts and peacesciencer's, from the hand-written
 * fixtures described in src/test/resources/fixtures/README.md. Expected values are worked out by
 * hand from those files.
 */
class CowAllianceImportTest {

    @TempDir Path dir;

    Store store;
    Importer importer;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("alliances.duckdb"));
        importer = new Importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static final String DYAD_YEARS = "SELECT ccode1, ccode2, year, defense, neutrality, nonaggression, entente, "
            + "version4ids, version FROM cow_alliance_dyad_year WHERE dataset_id = ? ORDER BY ccode1, ccode2, year";

    @Test
    void members() throws Exception {
        ImportOutcome o = importer.importFile(fixture("cow/alliance_v4.1_by_member.csv"), null);
        assertThat(o.kind()).isEqualTo("cow-alliance-member");
        assertThat(o.rows()).isEqualTo(6);
        // Russia in alliance 2: blank end date = in force at the end of the data; right-censored
        assertThat(rows(store, "SELECT ss_type, CAST(start_date AS VARCHAR), end_date, entente, defense, right_censor "
                + "FROM cow_alliance_member WHERE version4id = 2 AND ccode = 365"))
                .containsExactly(Arrays.asList("Type III: Entente", "2011-07-16", null, true, false, true));
        assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", o.datasetId())).isEqualTo("4.1");
        assertThat((String) value(store, "SELECT citation FROM dataset WHERE id = ?", o.datasetId()))
                .contains("Gibler").contains("2009");
    }

    @Test
    void dyadSpellsKnowWhetherTheFileIsDirected() throws Exception {
        ImportOutcome directed = importer.importFile(fixture("cow/alliance_v4.1_by_directed.csv"), null);
        ImportOutcome undirected = importer.importFile(fixture("cow/alliance_v4.1_by_dyad.csv"), null);
        assertThat(directed.kind()).isEqualTo("cow-alliance-dyad");
        assertThat(undirected.kind()).isEqualTo("cow-alliance-dyad");
        assertThat(directed.rows()).isEqualTo(6);
        assertThat(undirected.rows()).isEqualTo(3);
        assertThat(rows(store, "SELECT DISTINCT directed FROM cow_alliance_dyad WHERE dataset_id = ?", directed.datasetId()))
                .containsExactly(List.of(true));
        assertThat(rows(store, "SELECT DISTINCT directed FROM cow_alliance_dyad WHERE dataset_id = ?", undirected.datasetId()))
                .containsExactly(List.of(false));
        assertThat(rows(store, "SELECT end_date FROM cow_alliance_dyad WHERE dataset_id = ? AND version4id = 2",
                undirected.datasetId())).containsExactly(Arrays.asList((Object) null));
    }

    @Test
    void directedYearlyFileDuplicatesMergedAndYearZeroSkipped() throws Exception {
        ImportOutcome o = importer.importFile(fixture("cow/alliance_v4.1_by_directed_yearly.csv"), null);
        assertThat(o.kind()).isEqualTo("cow-alliance-dyad-year");
        // 16 rows: 2 with year 0 skipped; of the other 14, 200-220 and 220-200 repeat in 1901 and 1902
        // (alliances 1 and 4), so 10 directed dyad-years remain.
        assertThat(o.rows()).isEqualTo(10);
        assertThat(o.notes()).anyMatch(n -> n.startsWith("2 rows with year 0 skipped"));
        assertThat(o.notes()).anyMatch(n -> n.startsWith("4 repeated dyad-years"));
        List<List<Object>> rows = rows(store, DYAD_YEARS, o.datasetId());
        assertThat(rows).hasSize(10);
        // 1900: alliance 1 only (defense, non-aggression, entente); 1901: alliance 4 adds neutrality
        assertThat(rows.get(0)).isEqualTo(List.of(200, 220, 1900, true, false, true, true, List.of(1), "4.1"));
        assertThat(rows.get(1)).isEqualTo(List.of(200, 220, 1901, true, true, true, true, List.of(1, 4), "4.1"));
        assertThat(longValue(store, "SELECT count(*) FROM cow_alliance_dyad_year WHERE year = 0 OR ccode1 = 2 OR ccode2 = 2"))
                .isZero();
        assertThat(rows(store, "SELECT year, defense, entente FROM cow_alliance_dyad_year WHERE dataset_id = ? "
                + "AND ccode1 = 710 AND ccode2 = 365 ORDER BY year", o.datasetId()))
                .containsExactly(List.of(2011, false, true), List.of(2012, false, true));
    }

    @Test
    void undirectedYearlyFileGivesTheSameDirectedDyadYears() throws Exception {
        ImportOutcome directed = importer.importFile(fixture("cow/alliance_v4.1_by_directed_yearly.csv"), null);
        ImportOutcome undirected = importer.importFile(fixture("cow/alliance_v4.1_by_dyad_yearly.csv"), null);
        assertThat(undirected.notes()).anyMatch(n -> n.contains("reverse direction was added"));
        assertThat(undirected.notes()).anyMatch(n -> n.startsWith("1 rows with year 0 skipped"));
        assertThat(rows(store, DYAD_YEARS, undirected.datasetId())).isEqualTo(rows(store, DYAD_YEARS, directed.datasetId()));
    }

    @Test
    void peacesciencerDirectedDyadYears() throws Exception {
        ImportOutcome o = importer.importFile(fixture("cow/cow-alliance-peacesciencer.csv"), null);
        assertThat(o.kind()).isEqualTo("cow-alliance-dyad-year");
        assertThat(o.rows()).isEqualTo(6);
        assertThat(rows(store, DYAD_YEARS, o.datasetId()).get(1))
                .isEqualTo(Arrays.asList(200, 220, 1901, true, true, true, true, null, "4.1"));
        // no version column: COW alliances v4.1 end in 2012, as the file does
        assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", o.datasetId())).isEqualTo("4.1");
        assertThat((String) value(store, "SELECT citation FROM dataset WHERE id = ?", o.datasetId())).contains("peacesciencer");
    }

    @Test
    void officialTradeLayoutByDuckDbAndByJavaAgree() throws Exception {
        Path plain = fixture("cow/Dyadic_COW_4.0-fixture.csv");
        ImportOutcome o = importer.importFile(plain, null);
        assertThat(o.kind()).isEqualTo("cow-trade");
        assertThat(o.rows()).isEqualTo(4);
        assertThat(value(store, "SELECT version FROM dataset WHERE id = ?", o.datasetId())).isEqualTo("4.0");
        // Russia-China 2001: flow1 is -9 (missing), flow2 2.5; spike1 -9; china_alt_flow1 1.5
        assertThat(rows(store, "SELECT flow1, flow2, version FROM trade_flow WHERE dataset_id = ? AND ccode1 = 365",
                o.datasetId())).containsExactly(Arrays.asList(null, 2.5, "4.0"));
        assertThat(rows(store, "SELECT importer1, spike1, china_alt_flow1, china_alt_flow2, source1, source2 "
                + "FROM trade_flow_official WHERE dataset_id = ? AND ccode1 = 365", o.datasetId()))
                .containsExactly(Arrays.asList("Russia", null, 1.5, null, null, 3));
        // a zipped copy is streamed through the Java reader instead of DuckDB's: same rows
        ImportOutcome zipped = importer.importFile(ImportTesting.zip(plain, dir.resolve("trade.zip")), "cow-trade");
        for (String table : List.of("trade_flow", "trade_flow_official")) {
            String q = "SELECT * EXCLUDE (dataset_id) FROM " + table + " WHERE dataset_id = ? ORDER BY ccode1, ccode2, year";
            assertThat(rows(store, q, zipped.datasetId())).as(table).isEqualTo(rows(store, q, o.datasetId())).hasSize(4);
        }
    }

    @Test
    void atopOwnDirectedDyadYearLayout() throws Exception {
        ImportOutcome o = importer.importFile(fixture("atop/atop5_1ddyr-fixture.csv"), null);
        assertThat(o.kind()).isEqualTo("atop-dyad-year");
        assertThat(rows(store, "SELECT defense, nonagg, consul, number, atopids, version FROM atop_dyad_year "
                + "WHERE dataset_id = ? AND ccode1 = 365 AND ccode2 = 710 AND year = 2001", o.datasetId()))
                .containsExactly(List.of(false, true, true, 2, List.of(4385, 4980), "5.1"));
    }
}
