package org.entente.measure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.data.PeriodGrain;
import org.entente.source.rawevents.SyntheticGdelt;
import org.entente.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of {@code bench/events-bench.sh} ({@code bench/events-plain.sql}, the plain DuckDB
 * query the engine is timed against) must do the work the engine does: on the same GDELT 2.0 files,
 * with the shipped country mapping, it writes the same cells. A baseline that joined a smaller
 * mapping or dropped duplicates differently would be faster for doing less, and this test fails.
 */
class EventsPlainBaselineTest {

    /** The query file the benchmark runs; tests run in {@code core/}. */
    static final Path PLAIN_SQL = Path.of("..", "bench", "events-plain.sql");

    @TempDir Path dir;

    @Test
    void plainQueryWritesTheSameCellsAsTheDuckDbEngine() throws Exception {
        assertThat(PLAIN_SQL).as("the benchmark's baseline query").isRegularFile();
        // GDELT 2.0 exports as the benchmark writes them (events generate: real rows from the three
        // Georgia samples, new ids and dates, 2% repeated lines), plus broken lines (a column short,
        // or a Goldstein value 'n/a') that both must leave out
        List<Path> files = new ArrayList<>(SyntheticGdelt.from(IndependentEventCount.realSamples().subList(0, 3))
                .write(new SyntheticGdelt.Plan(30_000, 3, 11, true, 0.02, 0.005, false,
                        LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)), dir.resolve("gen")));
        files.add(laterCopies(files.get(0), dir.resolve("gen").resolve("20170101000000.export.CSV")));

        Path engineOut = dir.resolve("engine");
        AggregateSummary s = new DuckDbAggregation(new StoreSettings("1GB", 2, false)).aggregate(new AggregateRequest(
                files.stream().map(Path::toString).toList(), PeriodGrain.MONTH, DyadFilter.ALL, false, false,
                AggregateRequest.OutputFormat.PARQUET, engineOut.toString(), List.of()));
        assertThat(s.malformed()).isGreaterThan(50);   // about 0.5% of 30,000: the broken lines are there
        assertThat(s.duplicates()).isGreaterThan(500); // about 2% of 30,000, plus the 300 later copies

        Path plainOut = dir.resolve("plain");
        runPlain(files, plainOut.resolve(AggregateRequest.SERIES_DIR).resolve("part-0.parquet"));

        List<List<Object>> engine = IndependentEventCount.readSeries(engineOut);
        List<List<Object>> plain = IndependentEventCount.readSeries(plainOut);
        assertThat(engine.size() - 1).isEqualTo(s.cells()).isGreaterThan(1000);
        assertThat(plain.get(0)).isEqualTo(engine.get(0));
        assertThat(plain).hasSameSizeAs(engine);
        for (int i = 1; i < engine.size(); i++) {
            List<Object> e = engine.get(i);
            List<Object> p = plain.get(i);
            String cell = e.subList(0, 4).toString();
            // origin, dyad, period, the four QuadClass counts and mentions: equal
            assertThat(p.subList(0, 9)).as(cell).isEqualTo(e.subList(0, 9));
            assertThat(p.get(12)).as(cell).isEqualTo(e.get(12));
            // Goldstein sums and means: the engine sums exact thousandths, the plain query doubles
            for (int c : new int[] {9, 10, 11}) {
                assertThat((Double) p.get(c)).as(cell + " column " + c).isCloseTo((Double) e.get(c), within(1e-9));
            }
            // tone: the engine keeps it to a millionth (RawEventRules), the plain query in full
            assertThat((Double) p.get(13)).as(cell + " avg_tone").isCloseTo((Double) e.get(13), within(6e-7));
        }
    }

    /**
     * Copies of the first 300 events of {@code from} with one more mention, another QuadClass and
     * Goldstein value and the actors' countries swapped: by the rule for duplicate ids (the copy with
     * the most mentions counts), these copies replace the originals, in a cell of their own.
     */
    static Path laterCopies(Path from, Path to) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(from, StandardCharsets.UTF_8).subList(0, 300)) {
            String[] f = line.split("\t", -1);
            if (f.length != 61) {
                continue; // a broken line stays broken in one copy
            }
            f[31] = Long.toString(Long.parseLong(f[31]) + 1);
            f[29] = f[29].equals("1") ? "4" : "1";
            f[30] = f[30].equals("2.8") ? "-5.0" : "2.8";
            String a1 = f[7];
            f[7] = f[17];
            f[17] = a1;
            out.add(String.join("\t", f));
        }
        Files.write(to, out, StandardCharsets.UTF_8);
        return to;
    }

    /** Runs the baseline query as {@code bench/PlainDuckDb.java} does, with the shipped CAMEO mapping. */
    static void runPlain(List<Path> files, Path out) throws Exception {
        Files.createDirectories(out.getParent());
        Path countries = Files.createTempFile("cameo-codes-", ".csv");
        try (InputStream in = org.entente.source.CountryResolver.class.getResourceAsStream("countries/cameo-codes.csv")) {
            Files.copy(in, countries, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String sql = Files.readString(PLAIN_SQL)
                .replace("{{files}}", files.stream().map(f -> DuckDbAggregation.lit(f.toString()))
                        .collect(Collectors.joining(", ", "[", "]")))
                .replace("{{countries}}", countries.toString().replace("'", "''"))
                .replace("{{out}}", out.toString().replace("'", "''"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute(sql);
        } finally {
            Files.delete(countries);
        }
    }
}
