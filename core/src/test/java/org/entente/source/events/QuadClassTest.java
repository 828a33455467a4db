package org.entente.source.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.junit.jupiter.api.Test;

/**
 * The root-to-QuadClass rule used for ICEWS must be the one GDELT applies, so that events from
 * both sources can be counted together. GDELT states the class of every event: the rule is checked
 * against all of them in the shared samples.
 */
class QuadClassTest {

    static Path events() {
        Path dir = Path.of(System.getProperty("entente.shared", "../../shared")).resolve("data/events");
        assumeTrue(Files.isDirectory(dir), "shared data not present: " + dir);
        return dir;
    }

    @Test
    void agreesWithGdeltOnEveryGeorgiaEvent() throws Exception {
        long checked = 0;
        for (String month : List.of("mar", "apr", "may")) {
            Path file = events().resolve("gdelt1-georgia-" + month + "2012.csv");
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
                for (CsvRecord r : csv) {
                    if (r.getStartingLineNumber() == 1) {
                        assertThat(r.getField(26)).isEqualTo("EventCode");
                        assertThat(r.getField(29)).isEqualTo("QuadClass");
                        continue;
                    }
                    assertThat(QuadClass.ofCode(r.getField(26)))
                            .as(file.getFileName() + ":" + r.getStartingLineNumber())
                            .isEqualTo(Integer.parseInt(r.getField(29)));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(8441 + 5865 + 6601);
    }

    @Test
    void agreesWithGdeltOnEveryReducedRow() throws Exception {
        List<String> lines = Files.readAllLines(events().resolve("gdelt-reduced-sample-1979.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertThat(QuadClass.ofCode(f[3])).as(line).isEqualTo(Integer.parseInt(f[6]));
        }
        assertThat(lines).hasSize(1000);
    }

    @Test
    void boundaries() {
        // GDELT's classes, read off the data above: 01-05, 06-09, 10-14, 15-20
        assertThat(QuadClass.ofCode("057")).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(QuadClass.ofCode("061")).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(QuadClass.ofCode("094")).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(QuadClass.ofCode("100")).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(QuadClass.ofCode("1453")).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(QuadClass.ofCode("150")).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(QuadClass.ofCode("204")).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThatThrownBy(() -> QuadClass.ofRoot(21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuadClass.ofRoot(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
