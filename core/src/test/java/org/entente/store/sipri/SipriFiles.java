package org.entente.store.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The real SIPRI files in shared/data/sipri, read by plain line splitting, independently of the
 * readers under test. Splitting on commas is exact for their data lines because those contain no
 * quote at all, which {@link #dataLines} asserts.
 */
final class SipriFiles {

    private SipriFiles() {}

    static Path dir() {
        Path dir = Path.of(System.getProperty("entente.shared", "../../shared")).resolve("data/sipri");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared data at " + dir);
        return dir;
    }

    static Path register() {
        return dir().resolve("trade-register-2025-03-13.csv");
    }

    static Path detailed() {
        return dir().resolve("trade-register-detailed-2000-2030-2025-01-03.csv");
    }

    static List<Path> tivTables() {
        try (Stream<Path> s = Files.list(dir().resolve("tiv-exports-2022"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("TIV-Export-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Physical lines (LF-separated, a CR before the LF dropped), ISO-8859-1. */
    static List<String> lines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            List<String> out = new ArrayList<>();
            for (String l : text.split("\n", -1)) {
                out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            }
            if (out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines after the first line starting with {@code headerStart}, with their 1-based numbers. */
    record Line(int number, String text) {
        String[] cells() {
            return text.split(",", -1);
        }
    }

    static List<Line> dataLines(Path file, String headerStart) {
        List<String> all = lines(file);
        int header = -1;
        for (int i = 0; i < all.size() && header < 0; i++) {
            if (all.get(i).startsWith(headerStart)) {
                header = i;
            }
        }
        assertThat(header).as("header of " + file).isNotNegative();
        List<Line> out = new ArrayList<>();
        for (int i = header + 1; i < all.size(); i++) {
            assertThat(all.get(i)).as(file + ":" + (i + 1)).doesNotContain("\"");
            out.add(new Line(i + 1, all.get(i)));
        }
        return out;
    }

    /** A figure as written, made comparable with a DOUBLE read back ("25.50" and 25.5 agree). */
    static String figure(String written) {
        return written.isEmpty() ? "null" : new java.math.BigDecimal(written).stripTrailingZeros().toPlainString();
    }

    static String figure(Double value) {
        return value == null ? "null" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String join(String... parts) {
        return String.join("|", Arrays.asList(parts));
    }
}
