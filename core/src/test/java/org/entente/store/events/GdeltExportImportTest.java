package org.entente.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.events.EventTestData.EVENT_COLUMNS;
import static org.entente.store.events.EventTestData.count;
import static org.entente.store.events.EventTestData.events;
import static org.entente.store.events.EventTestData.fixture;
import static org.entente.store.events.EventTestData.rows;
import static org.entente.store.events.EventTestData.zip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw GDELT exports. The fixtures are seven events cut from the shared
 * {@code gdelt1-georgia-mar2012.csv} (lines 2, 3, 654, 767, 2952, 5715, 6445) and rewritten in the
 * raw layouts: tab-separated, no header, blanks for NA; {@code gdelt1-58col} as GDELT 1.0 daily
 * files since April 2013, {@code gdelt1-57col} without SOURCEURL (before April 2013),
 * {@code gdelt2-61col} with an empty ADM2Code after each ADM1Code and DATEADDED as YYYYMMDDHHMMSS.
 */
class GdeltExportImportTest {

    static final List<String> IDS = List.of("89169538", "89170045", "89423173", "89462890", "90213089", "252380181",
            "91607498");

    @TempDir Path dir;

    @Test
    void theThreeRawLayoutsImportTheSameEvents() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            Importer importer = new Importer(s);
            ImportOutcome o58 = importer.importFile(fixture(dir, "gdelt1-58col.export.txt"), null);
            assertThat(o58.kind()).isEqualTo("gdelt-events");
            assertThat(o58.rows()).isEqualTo(7);
            assertThat(rows(s, "SELECT event_id FROM event ORDER BY line")).containsExactlyElementsOf(IDS);

            // line 4 of the fixture is line 767 of the Georgia file: RUS -> USA, 100, QuadClass 3, Goldstein -5
            assertThat(rows(s, "SELECT source_ccode, target_ccode, cameo_code, quad_class, goldstein, date_added::VARCHAR"
                    + " FROM event WHERE event_id = '89462890'")).containsExactly("365|2|100|3|-5.0|2013-02-03 00:00:00");
            assertThat(rows(s, "SELECT version FROM dataset")).containsExactly("GDELT 1.0 export, 58 tab-separated columns");

            // The same events in the other layouts: a fresh store each, same rows but for layout details.
            String compare = "SELECT event_id, event_date, source_code, source_ccode, target_code, target_ccode,"
                    + " cameo_code, quad_class, goldstein, num_mentions, avg_tone, action_place, action_lat"
                    + " FROM event ORDER BY line";
            List<String> expected = rows(s, compare);
            for (String name : List.of("gdelt1-57col.export.txt", "gdelt2-61col.export.txt")) {
                try (Store other = Store.open(dir.resolve(name + ".duckdb"))) {
                    ImportOutcome o = new Importer(other).importFile(fixture(dir, name), null);
                    assertThat(o.kind()).isEqualTo("gdelt-events");
                    assertThat(rows(other, compare)).isEqualTo(expected);
                }
            }
            try (Store other = Store.open(dir.resolve("61.duckdb"))) {
                new Importer(other).importFile(dir.resolve("gdelt2-61col.export.txt"), null);
                assertThat(rows(other, "SELECT DISTINCT origin FROM event")).containsExactly("gdelt2");
                // event 252380181 was added on 20130320 (Georgia file), written 20130320000000 in the fixture
                assertThat(rows(other, "SELECT date_added::VARCHAR FROM event WHERE event_id = '252380181'"))
                        .containsExactly("2013-03-20 00:00:00");
            }
        }
    }

    @Test
    void zippedExportsImportTheSameRowsAsPlain() throws Exception {
        for (String name : List.of("gdelt1-57col.export.txt", "gdelt1-58col.export.txt", "gdelt2-61col.export.txt")) {
            Path plain = fixture(dir, name);
            Path zipped = zip(plain, dir, name.replace(".txt", ".CSV.zip"));
            assertThat(rowsOf(plain, "plain-" + name)).isEqualTo(rowsOf(zipped, "zip-" + name)).hasSize(7);
        }
    }

    @Test
    void zippedIcewsImportsTheSameRowsAsPlain() throws Exception {
        Path plain = events().resolve("icews-events-2018-sample.tab");
        Path zipped = zip(plain, dir, "icews-events-2018-sample.tab.zip");
        assertThat(rowsOf(plain, "plain")).isEqualTo(rowsOf(zipped, "zip")).hasSize(3705);
    }

    private List<String> rowsOf(Path file, String store) throws Exception {
        try (Store s = Store.open(dir.resolve(store + ".duckdb"))) {
            new Importer(s).importFile(file, null);
            return rows(s, "SELECT " + EVENT_COLUMNS + " FROM event ORDER BY line");
        }
    }

    @Test
    void anEventAlreadyStoredIsSkippedAndCounted() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            Importer importer = new Importer(s);
            importer.importFile(fixture(dir, "gdelt1-58col.export.txt"), null);
            // The seven fixture events are also in the Georgia March file: stored once, from the fixture.
            Path march = events().resolve("gdelt1-georgia-mar2012.csv");
            ImportOutcome o = importer.importFile(march, null);
            assertThat(o.rows()).isEqualTo(8441 - 7);
            assertThat(rows(s, "SELECT data_lines, duplicates FROM event_file WHERE dataset_id = " + o.datasetId()))
                    .containsExactly("8441|7");
            assertThat(count(s, "SELECT count(*) FROM event")).isEqualTo(8441);
            assertThat(count(s, "SELECT count(DISTINCT event_id) FROM event")).isEqualTo(8441);
            assertThat(rows(s, "SELECT DISTINCT dataset_id FROM event WHERE event_id = '89462890'"))
                    .containsExactly("1");
            assertThat(rows(s, "SELECT rows FROM dataset WHERE id = " + o.datasetId())).containsExactly("8434");
        }
    }

    @Test
    void aRepeatedIdWithinAFileKeepsTheFirstLine() throws Exception {
        Path plain = fixture(dir, "gdelt1-58col.export.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(plain));
        String repeat = lines.get(3).replace("\t-5\t", "\t-4\t"); // same id, a different Goldstein value
        lines.add(repeat);
        Path file = Files.write(dir.resolve("repeated.export.txt"), lines);
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            ImportOutcome o = new Importer(s).importFile(file, null);
            assertThat(o.rows()).isEqualTo(7);
            assertThat(rows(s, "SELECT line, goldstein FROM event WHERE event_id = '89462890'"))
                    .containsExactly("4|-5.0");
            assertThat(rows(s, "SELECT data_lines, duplicates FROM event_file")).containsExactly("8|1");
        }
    }

    @Test
    void countriesThatAreNoStatesAreKeptAndTallied() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            new Importer(s).importFile(fixture(dir, "gdelt1-58col.export.txt"), null);
            // fixture line 7 (Georgia line 6445): EUR -> GEO. Europe is a CAMEO region, no state.
            assertThat(rows(s, "SELECT source_country, source_ccode, target_country, target_ccode FROM event"
                    + " WHERE event_id = '91607498'")).containsExactly("EUR|null|GEO|372");
            assertThat(rows(s, "SELECT name, role, occurrences FROM unresolved_name"))
                    .containsExactly("EUR|actor1|1");
        }
    }
}
