package org.entente.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.events.EventTestData.events;
import static org.entente.store.events.EventTestData.fixture;
import static org.entente.store.events.EventTestData.rows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT with a header row in other shapes than the shared Georgia files: 2.0 columns, tabs, a BOM. */
class GdeltHeaderImportTest {

    @TempDir Path dir;

    @Test
    void tabSeparatedGdelt2WithHeaderAndByteOrderMark() throws Exception {
        // The Georgia files' own header, with GDELT 2.0's ADM2Code after each ADM1Code.
        String georgia = Files.readAllLines(events().resolve("gdelt1-georgia-mar2012.csv")).get(0);
        List<String> names = new ArrayList<>();
        for (String n : georgia.replace("\"", "").split(",")) {
            names.add(n);
            if (n.endsWith("_ADM1Code")) {
                names.add(n.replace("ADM1", "ADM2"));
            }
        }
        assertThat(names).hasSize(61);
        List<String> lines = new ArrayList<>();
        lines.add("\uFEFF" + String.join("\t", names));
        lines.addAll(Files.readAllLines(fixture(dir, "gdelt2-61col.export.txt")));
        Path file = Files.write(dir.resolve("gdelt2-with-header.tsv"), lines, StandardCharsets.UTF_8);

        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            ImportOutcome o = new Importer(s).importFile(file, null);
            assertThat(o.kind()).isEqualTo("gdelt-csv");
            assertThat(o.rows()).isEqualTo(7);
            assertThat(rows(s, "SELECT DISTINCT origin FROM event")).containsExactly("gdelt2");
            assertThat(rows(s, "SELECT version FROM dataset"))
                    .containsExactly("GDELT 2.0 events with a header row, 61 tab-separated columns");
            // fixture line 5 = Georgia line 2952: RUS -> USA, 190, QuadClass 4, Goldstein -10, on line 6 here
            assertThat(rows(s, "SELECT line, source_ccode, target_ccode, cameo_code, quad_class, goldstein FROM event"
                    + " WHERE event_id = '90213089'")).containsExactly("6|365|2|190|4|-10.0");
        }
    }
}
