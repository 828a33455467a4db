package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.entente.store.ImportTesting.sharedData;
import static org.entente.store.ImportTesting.tableCounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of real COW and ATOP files: each gives one BadInputException naming the file,
 * the line and the field, and leaves every table of the store as it was.
 */
class CowAtopBadInputTest {

    @TempDir Path dir;

    Store store;
    Importer importer;

    @BeforeEach
    void storeWithSomethingInIt() throws Exception {
        store = Store.open(dir.resolve("bad.duckdb"));
        importer = new Importer(store);
        // so that "unchanged" is about a store with data, not an empty one
        importer.importFile(sharedData().resolve("cow/majors2016.csv"), null);
        importer.importFile(sharedData().resolve("atop/atopinst5_1.csv"), null);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** A copy of a shared file with its lines (1-based, header = 1) edited. */
    private Path edited(String name, UnaryOperator<List<String>> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sharedData().resolve(name), StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("edited-" + Path.of(name).getFileName());
        Files.write(out, edit.apply(lines), StandardCharsets.ISO_8859_1);
        return out;
    }

    private static List<String> replaceLine(List<String> lines, int lineNo, String from, String to) {
        String l = lines.get(lineNo - 1);
        assertThat(l).contains(from);
        lines.set(lineNo - 1, l.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return lines;
    }

    /** Imports {@code file}, expecting a BadInputException at {@code line} on {@code field}; the store must not change. */
    private BadInputException rejects(Path file, String kind, long line, String field) throws Exception {
        Map<String, Long> before = tableCounts(store);
        Throwable t = catchThrowable(() -> importer.importFile(file, kind));
        assertThat(t).isInstanceOf(BadInputException.class);
        BadInputException e = (BadInputException) t;
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(file.toString() + (line > 0 ? ":" + line : ""));
        assertThat(tableCounts(store)).isEqualTo(before);
        return e;
    }

    @Test
    void truncatedFileStopsAtTheCutLine() throws Exception {
        // cut line 101 of NMC v6 after its fourth field
        Path nmc = edited("cow/NMC-60-abridged.csv", l -> {
            List<String> out = new ArrayList<>(l.subList(0, 101));
            out.set(100, String.join(",", List.of(out.get(100).split(",")).subList(0, 4)));
            return out;
        });
        assertThat(rejects(nmc, null, 101, null).getMessage()).contains("truncated");
        // the trade file goes through DuckDB's reader: the error must still name the line
        Path trade = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> {
            List<String> out = new ArrayList<>(l.subList(0, 5000));
            out.set(4999, "2,20,19");
            return out;
        });
        assertThat(rejects(trade, null, 5000, null).getMessage()).contains("truncated");
    }

    @Test
    void renamedOrMissingColumnIsNamed() throws Exception {
        Path nmc = edited("cow/NMC-60-abridged.csv", l -> replaceLine(l, 1, "milex", "milexp"));
        assertThat(rejects(nmc, null, 1, "milex").getMessage()).contains("no column 'milex'");
        Path trade = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> replaceLine(l, 1, "\"flow2\"", "\"flow_2\""));
        rejects(trade, null, 1, "flow2");
        Path sy = edited("atop/atop5_1sy.csv", l -> replaceLine(l, 1, "nonagg", "nonaggression"));
        rejects(sy, null, 1, "nonagg");
        // a kind named explicitly on the wrong file
        rejects(sharedData().resolve("cow/system2016.csv"), "cow-nmc", 1, "milex");
    }

    @Test
    void binaryAndEmptyFiles() throws Exception {
        Path binary = dir.resolve("nmc.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(binary, bytes);
        assertThat(rejects(binary, "cow-nmc", 0, null).getMessage()).contains("binary");
        assertThat(rejects(binary, null, 0, null).getMessage()).contains("binary");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(rejects(empty, "atop-dyad-year", 0, null).getMessage()).contains("empty");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "\n\n");
        assertThat(rejects(blank, "cow-trade", 0, null).getMessage()).contains("no header");
    }

    @Test
    void nonNumericValuesAreNamed() throws Exception {
        Path nmc = edited("cow/NMC-60-abridged.csv", l -> replaceLine(l, 50, "," + l.get(49).split(",")[3] + ",", ",abc,"));
        assertThat(rejects(nmc, null, 50, "milex").getMessage()).contains("'abc'");
        Path trade = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> {
            String[] f = l.get(499).split(",", -1);
            f[3] = "n/a";
            l.set(499, String.join(",", f));
            return l;
        });
        assertThat(rejects(trade, null, 500, "flow1").getMessage()).contains("'n/a'");
        Path sy = edited("atop/atop5_1sy.csv", l -> {
            String[] f = l.get(9).split(",", -1);
            f[1] = "19O8"; // letter O for zero
            l.set(9, String.join(",", f));
            return l;
        });
        rejects(sy, null, 10, "year");
    }

    @Test
    void valuesDuckDbWouldAcceptButTheLayoutForbids() throws Exception {
        Path halfYear = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> replaceLine(l, 3, "2,20,1921,", "2,20,1921.5,"));
        assertThat(rejects(halfYear, null, 3, "year").getMessage()).contains("whole number");
        Path negative = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> replaceLine(l, 4, "2,20,1922,", "2,20,1922,-"));
        assertThat(rejects(negative, null, 4, "flow1").getMessage()).contains("negative");
        Path nan = edited("cow/trade-dyadic-4.0-peacesciencer.csv", l -> {
            String[] f = l.get(5).split(",", -1);
            f[6] = "NaN";
            l.set(5, String.join(",", f));
            return l;
        });
        rejects(nan, null, 6, "smoothflow2");
    }

    @Test
    void reimportOfTheSameFileChangesNothing() throws Exception {
        Map<String, Long> before = tableCounts(store);
        ImportOutcome again = importer.importFile(sharedData().resolve("cow/majors2016.csv"), null);
        assertThat(again.unchanged()).isTrue();
        assertThat(tableCounts(store)).isEqualTo(before);
    }
}
