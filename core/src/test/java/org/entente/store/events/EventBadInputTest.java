package org.entente.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.events.EventTestData.count;
import static org.entente.store.events.EventTestData.events;
import static org.entente.store.events.EventTestData.fixture;
import static org.entente.store.events.EventTestData.zip;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.source.BadInputException;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed event files: one clear error naming file, line and field; the store is left as it was. */
class EventBadInputTest {

    @TempDir Path dir;
    Path good;
    List<String> lines;

    @BeforeEach
    void setUp() throws Exception {
        good = fixture(dir, "gdelt1-58col.export.txt");
        lines = new ArrayList<>(Files.readAllLines(good));
    }

    /** Imports the good fixture, then {@code bad}; checks the failure left the store unchanged. */
    private BadInputException failsLeavingStoreUnchanged(Path bad, String kind) throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            Importer importer = new Importer(s);
            importer.importFile(good, null);
            long datasets = count(s, "SELECT count(*) FROM dataset");
            long events = count(s, "SELECT count(*) FROM event");
            BadInputException e = (BadInputException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> importer.importFile(bad, kind));
            assertThat(e).as("import of " + bad.getFileName()).isNotNull();
            assertThat(count(s, "SELECT count(*) FROM dataset")).isEqualTo(datasets);
            assertThat(count(s, "SELECT count(*) FROM event")).isEqualTo(events);
            assertThat(count(s, "SELECT count(*) FROM event_file")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM unresolved_name WHERE dataset_id <> 1")).isZero();
            assertThat(importer.importFile(good, null).unchanged()).isTrue();
            assertThat(count(s, "SELECT count(*) FROM event")).isEqualTo(events);
            return e;
        }
    }

    private Path withLine(int index, String line, String name) throws Exception {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return Files.write(dir.resolve(name), copy);
    }

    @Test
    void wrongColumnCount() throws Exception {
        String[] f = lines.get(4).split("\t", -1);
        Path bad = withLine(4, String.join("\t", Arrays.copyOf(f, 40)), "short.export.txt");
        BadInputException e = failsLeavingStoreUnchanged(bad, null);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("short.export.txt:5").contains("expected 58").contains("found 40");
    }

    @Test
    void nonNumericGoldstein() throws Exception {
        String[] f = lines.get(2).split("\t", -1);
        f[30] = "four";
        BadInputException e = failsLeavingStoreUnchanged(withLine(2, String.join("\t", f), "g.export.txt"), null);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("GoldsteinScale");
        assertThat(e.getMessage()).contains("g.export.txt:3: field 'GoldsteinScale'").contains("'four'");
    }

    @Test
    void goldsteinOutOfRange() throws Exception {
        String[] f = lines.get(2).split("\t", -1);
        f[30] = "12";
        BadInputException e = failsLeavingStoreUnchanged(withLine(2, String.join("\t", f), "g.export.txt"), null);
        assertThat(e.field()).isEqualTo("GoldsteinScale");
        assertThat(e.getMessage()).contains("-10 to +10");
    }

    @Test
    void icewsNonNumericIntensity() throws Exception {
        List<String> icews = Files.readAllLines(events().resolve("icews-events-2018-sample.tab"), StandardCharsets.UTF_8);
        List<String> head = new ArrayList<>(icews.subList(0, 20));
        String[] f = head.get(10).split("\t", -1);
        f[7] = "high";
        head.set(10, String.join("\t", f));
        Path bad = Files.write(dir.resolve("bad.tab"), head, StandardCharsets.UTF_8);
        BadInputException e = failsLeavingStoreUnchanged(bad, null);
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.field()).isEqualTo("Intensity");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path bad = Files.write(dir.resolve("x.export.CSV"), bytes);
        BadInputException e = failsLeavingStoreUnchanged(bad, "gdelt-events");
        assertThat(e.getMessage()).contains("binary");
    }

    @Test
    void emptyFile() throws Exception {
        Path bad = Files.write(dir.resolve("empty.tab"), new byte[0]);
        assertThat(failsLeavingStoreUnchanged(bad, "icews-events").getMessage()).contains("empty");
    }

    @Test
    void headerOnly() throws Exception {
        String header = Files.readAllLines(events().resolve("icews-events-2018-sample.tab")).get(0);
        Path bad = Files.writeString(dir.resolve("header.tab"), header + "\n");
        assertThat(failsLeavingStoreUnchanged(bad, null).getMessage()).contains("no events");
    }

    @Test
    void truncatedPlainFile() throws Exception {
        byte[] all = Files.readAllBytes(good);
        byte[] cut = Arrays.copyOf(all, all.length - 300); // the last line loses its end
        Path bad = Files.write(dir.resolve("cut.export.txt"), cut);
        BadInputException e = failsLeavingStoreUnchanged(bad, "gdelt-events");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("expected 58");
    }

    @Test
    void truncatedZip() throws Exception {
        Path icews = events().resolve("icews-events-2018-sample.tab");
        Path zipped = zip(icews, dir, "full.zip");
        byte[] all = Files.readAllBytes(zipped);
        Path bad = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(all, all.length / 2));
        BadInputException e = failsLeavingStoreUnchanged(bad, null);
        assertThat(e.getMessage()).contains("cut.zip").contains("truncated");
    }

    @Test
    void badDate() throws Exception {
        String[] f = lines.get(1).split("\t", -1);
        f[1] = "20120231";
        BadInputException e = failsLeavingStoreUnchanged(withLine(1, String.join("\t", f), "d.export.txt"), null);
        assertThat(e.field()).isEqualTo("SQLDATE");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void cameoCodeListWithARepeatedCode() throws Exception {
        Path bad = Files.writeString(dir.resolve("codes.txt"),
                "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n010\t0.0\n01\t1.0\n");
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> new Importer(s).importFile(bad, null))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("codes.txt:4").hasMessageContaining("already listed on line 2");
            assertThat(count(s, "SELECT count(*) FROM cameo_code")).isZero();
        }
    }

    @Test
    void cameoGoldsteinNotANumber() throws Exception {
        Path bad = Files.writeString(dir.resolve("codes.txt"), "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n010\tx\n");
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> new Importer(s).importFile(bad, null))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("codes.txt:3: field 'GOLDSTEINSCALE'");
            assertThat(count(s, "SELECT count(*) FROM cameo_code")).isZero();
        }
    }
}
