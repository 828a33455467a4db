package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.entente.source.BadInputException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fault campaign of issue #16 as a property: real files (the head of each, to keep the run
 * short), mutated at random (a line repeated, dropped or garbled, the file cut at any byte, line
 * ends changed), are either imported whole, with no key stored twice, or refused as bad input with
 * the store exactly as it was. Never another exception, never a partial load.
 */
class ImporterFuzzTest {

    /** One importer: a real file, how many of its lines to take, and the table and key it must keep unique. */
    record Case(String kind, String file, int lines, String table, String key) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("cow-states", "cow/states2016.csv", 300, "state_spell", "ccode, start_date"),
            new Case("cow-system", "cow/system2016.csv", 300, "state_year", "ccode, year"),
            new Case("cow-nmc", "cow/NMC-60-abridged.csv", 300, "capability", "ccode, year"),
            new Case("cow-contiguity", "cow/contdir-3.2-peacesciencer.csv", 300, "contiguity", "ccode1, ccode2, start_date"),
            new Case("cow-trade", "cow/trade-dyadic-4.0-peacesciencer.csv", 300, "trade_flow", "ccode1, ccode2, year"),
            new Case("atop-alliance", "atop/atop5_1a.csv", 150, "atop_alliance", "atopid"),
            new Case("atop-state-year", "atop/atop5_1sy.csv", 300, "atop_state_year", "ccode, year"),
            new Case("atop-dyad-year", "atop/atop5_1ddyr-peacesciencer.csv", 300, "atop_dyad_year", "ccode1, ccode2, year"),
            new Case("cameo-codes", "events/CAMEO.eventcodes.txt", 400, null, null),
            new Case("sipri-tiv", "sipri/tiv-exports-2022/TIV-Export-CHI-1950-2021.csv", 400, "tiv_flow",
                    "supplier, recipient, year"),
            // the register has no deal id, and SIPRI's own file repeats identical deals: no key to check
            new Case("sipri-register", "sipri/trade-register-2025-03-13.csv", 300, null, null),
            new Case("icews-events", "events/icews-events-2018-sample.tab", 200, null, null));

    private static Store store;
    private static Path dir;

    @BeforeContainer
    static void open() throws Exception {
        store = Store.inMemory();
        dir = Files.createTempDirectory("entente-fuzz");
    }

    @AfterContainer
    static void close() throws Exception {
        store.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(CASES);
    }

    @Property(tries = 240)
    void aMutatedFileIsLoadedWholeOrNotAtAll(@ForAll("cases") Case c, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        byte[] original = head(shared().resolve(c.file()), c.lines());
        byte[] mutated = mutate(original, random, 1 + random.nextInt(3));
        Path file = dir.resolve(c.kind() + "-" + Long.toHexString(seed) + Path.of(c.file()).getFileName());
        Files.write(file, mutated);
        Map<String, Long> before = ImportTesting.tableCounts(store);
        try {
            ImportOutcome outcome = new Importer(store).importFile(file, c.kind());
            Statistics.collect(c.kind(), "loaded");
            if (c.table() != null) {
                assertThat(ImportTesting.longValue(store, "SELECT count(*) FROM (SELECT 1 FROM " + c.table()
                        + " WHERE dataset_id = ? GROUP BY " + c.key() + " HAVING count(*) > 1)", outcome.datasetId()))
                        .as("keys stored twice in %s", c.table()).isZero();
            }
        } catch (BadInputException e) {
            Statistics.collect(c.kind(), "refused");
            assertThat(e.getMessage()).startsWith(file.toString());
            assertThat(ImportTesting.tableCounts(store)).as("the store after a refusal").isEqualTo(before);
        } catch (IOException | SQLException | RuntimeException e) {
            fail("importing a mutated " + c.kind() + " file (seed " + seed + ") failed with " + e, e);
        } finally {
            Files.delete(file);
        }
    }

    private static Path shared() {
        Path data = Path.of(System.getProperty("entente.shared", "../../shared"), "data");
        if (!Files.isDirectory(data)) {
            fail("the shared data is missing at " + data.toAbsolutePath());
        }
        return data;
    }

    /** The first {@code lines} lines of {@code file}, as bytes. */
    private static byte[] head(Path file, int lines) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++n == lines) {
                return Arrays.copyOf(all, i + 1);
            }
        }
        return all;
    }

    /** {@code count} random mutations of the kinds the campaign made. */
    static byte[] mutate(byte[] bytes, Random random, int count) {
        byte[] out = bytes;
        for (int i = 0; i < count; i++) {
            List<String> lines = new ArrayList<>(List.of(new String(out, StandardCharsets.ISO_8859_1).split("\n", -1)));
            int at = random.nextInt(lines.size());
            switch (random.nextInt(7)) {
                case 0, 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at)); // a repeated line
                case 2 -> lines.remove(at);
                case 3 -> { // cut at any byte
                    byte[] cut = Arrays.copyOf(out, random.nextInt(out.length + 1));
                    out = cut;
                    continue;
                }
                case 4 -> { // one byte changed
                    if (out.length > 0) {
                        out = out.clone();
                        String replacements = " ,;\t\"-09.x\r\n\u00e9";
                        out[random.nextInt(out.length)] = (byte) replacements.charAt(random.nextInt(replacements.length()));
                    }
                    continue;
                }
                case 5 -> lines.replaceAll(l -> l.endsWith("\r") ? l : l + "\r"); // CRLF
                default -> { // a digit in a line changed
                    String l = lines.get(at);
                    int d = l.isEmpty() ? -1 : random.nextInt(l.length());
                    if (d >= 0 && Character.isDigit(l.charAt(d))) {
                        lines.set(at, l.substring(0, d) + (char) ('0' + random.nextInt(10)) + l.substring(d + 1));
                    }
                }
            }
            out = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }
}
