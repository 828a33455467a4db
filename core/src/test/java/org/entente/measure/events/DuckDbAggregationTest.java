package org.entente.measure.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.cli.Main;
import org.entente.data.PeriodGrain;
import org.entente.source.CountryResolver;
import org.entente.source.rawevents.SyntheticGdelt;
import org.entente.store.StoreSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

public class DuckDbAggregationTest {

    @TempDir static Path shared;
    static Path countries;
    static CountryResolver resolver;

    @TempDir Path dir;

    @BeforeAll
    static void mapping() throws IOException {
        countries = IndependentEventCount.testCountries(shared);
        resolver = CountryResolver.withExtraFiles(List.of(countries));
    }

    static AggregateRequest request(List<Path> files, Path out) {
        return new AggregateRequest(files.stream().map(Path::toString).toList(), PeriodGrain.MONTH, DyadFilter.ALL,
                false, false, AggregateRequest.OutputFormat.PARQUET, out.toString(), List.of(countries));
    }

    static AggregateSummary duckdb(AggregateRequest r) throws Exception {
        return new DuckDbAggregation(new StoreSettings("1GB", 2, false)).aggregate(r);
    }

    @Test
    void realSamplesMatchCountsMadeIndependently() throws Exception {
        List<Path> files = IndependentEventCount.realSamples();
        AggregateSummary s = duckdb(request(files, dir));
        IndependentEventCount expected = IndependentEventCount.of(files, resolver);

        // 8,441 + 5,865 + 6,601 GDELT rows (wc -l less the header) and 3,705 ICEWS events (shared/data/README)
        assertThat(s.rows()).isEqualTo(8441 + 5865 + 6601 + 3705);
        assertThat(expected.aggregated).isGreaterThan(1000); // the check below is not vacuous
        EngineChecks.summaryMatches(s, expected);
        EngineChecks.matchesIndependentCount(IndependentEventCount.readSeries(dir), expected);
        assertThat(s.malformed()).isZero();
        assertThat(s.unresolvedCodes()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("EUR");
            assertThat(c.kind()).isEqualTo("non-state");
        });
        assertThat(Files.readString(dir.resolve(AggregateRequest.SUMMARY_FILE))).contains("\"aggregated\" : " + s.aggregated());
    }

    @Test
    void rawTabFilesAndZipsReadAsTheCsvVariantDoes() throws Exception {
        List<Path> csv = IndependentEventCount.realSamples().subList(0, 3);
        AggregateSummary fromCsv = duckdb(request(csv, dir.resolve("csv")));

        List<Path> raw = new ArrayList<>();
        for (Path p : csv) {
            Path tab = dir.resolve(p.getFileName() + ".export.CSV");
            SyntheticGdelt.convertToRaw(p, tab);
            raw.add(tab);
        }
        // GDELT ships its files zipped; zip one of them
        Path zip = dir.resolve(raw.get(2).getFileName() + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(raw.get(2).getFileName().toString()));
            Files.copy(raw.get(2), z);
            z.closeEntry();
        }
        raw.set(2, zip);
        AggregateSummary fromRaw = duckdb(request(raw, dir.resolve("raw")));

        EngineChecks.sameSummary(fromCsv, fromRaw);
        assertThat(IndependentEventCount.readSeries(dir.resolve("raw")))
                .isEqualTo(IndependentEventCount.readSeries(dir.resolve("csv")));
    }

    @Test
    void duplicateEventIdsAcrossFilesCountOnce() throws Exception {
        List<Path> files = SyntheticGdelt.from(IndependentEventCount.realSamples().subList(0, 1))
                .write(new SyntheticGdelt.Plan(6000, 3, 7, true, 0.05, 0, false,
                        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), dir.resolve("gen"));
        IndependentEventCount expected = IndependentEventCount.of(files, resolver);
        assertThat(expected.duplicates).isGreaterThan(100); // about 5% of 6,000

        AggregateSummary s = duckdb(request(files, dir.resolve("out")));
        EngineChecks.summaryMatches(s, expected);
        EngineChecks.matchesIndependentCount(IndependentEventCount.readSeries(dir.resolve("out")), expected);
    }

    /** A GDELT 2.0 file with four broken lines at known places (and a blank line, which is not one). */
    public static Path malformedFixture(Path dir) throws IOException {
        Path gen = SyntheticGdelt.from(IndependentEventCount.realSamples().subList(0, 1))
                .write(new SyntheticGdelt.Plan(40, 1, 3, true, 0, 0, false,
                        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)), dir.resolve("fixture")).get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(gen, StandardCharsets.UTF_8));
        lines.set(4, lines.get(4).substring(0, lines.get(4).lastIndexOf('\t')));   // line 5: 60 columns
        lines.set(9, withField(lines.get(9), 30, "abc"));                          // line 10: Goldstein not a number
        lines.set(19, withField(lines.get(19), 30, "1_000"));                      // line 20: DuckDB would cast this
        lines.set(29, withField(lines.get(29), 1, "20201301"));                     // line 30: no 13th month
        lines.add(15, "");                                                         // a blank line: skipped
        Path p = dir.resolve("20200101000000.export.CSV");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    static String withField(String line, int index, String value) {
        String[] f = line.split("\t", -1);
        f[index] = value;
        return String.join("\t", f);
    }

    @Test
    void malformedLinesAreCountedAndTheFirstIsNamed() throws Exception {
        Path file = malformedFixture(dir);
        AggregateSummary s = duckdb(request(List.of(file), dir.resolve("out")));
        // 40 lines written, 4 broken by hand; the blank line counts as nothing
        assertThat(s.malformed()).isEqualTo(4);
        assertThat(s.events()).isEqualTo(36);
        assertThat(s.malformedFiles()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.lines()).isEqualTo(4);
            assertThat(f.firstLine()).isEqualTo(5);
            assertThat(f.problem()).isEqualTo("expected 61 fields, found 60");
        });
    }

    @Test
    void strictMakesMalformedLinesAnErrorAndWritesNothing() throws Exception {
        Path file = malformedFixture(dir);
        Path out = dir.resolve("strict-out");
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("events", "aggregate", "--strict", "--countries", countries.toString(), "--out",
                out.toString(), file.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file + ":5: expected 61 fields, found 60").contains("4 malformed lines");
        assertThat(out.resolve(AggregateRequest.SERIES_DIR)).doesNotExist();

        // without --strict the same file is aggregated, and the malformed lines are reported on stderr
        err.getBuffer().setLength(0);
        StringWriter stdout = new StringWriter();
        cl.setOut(new PrintWriter(stdout));
        assertThat(cl.execute("events", "aggregate", "--countries", countries.toString(), "--out", out.toString(),
                file.toString())).isZero();
        assertThat(err.toString()).contains(file + ": 4 malformed lines; first at line 5");
        assertThat(stdout.toString()).contains("read 40 event lines: 36 events, 0 duplicate lines dropped, 4 malformed lines");
        assertThat(out.resolve(AggregateRequest.SERIES_DIR)).isDirectory();
    }

    @Test
    void dyadFilterKeepsBothDirectionsAndQuartersSumMonths() throws Exception {
        List<Path> files = IndependentEventCount.realSamples().subList(0, 3);
        AggregateRequest r = new AggregateRequest(files.stream().map(Path::toString).toList(), PeriodGrain.QUARTER,
                DyadFilter.parse("RUS-USA", resolver), false, false, AggregateRequest.OutputFormat.CSV,
                dir.toString(), List.of(countries));
        AggregateSummary s = duckdb(r);
        IndependentEventCount monthly = IndependentEventCount.of(files, resolver);

        List<List<Object>> rows = IndependentEventCount.readSeries(dir);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1) + ">" + row.get(2) + " " + row.get(3))
                .containsExactly("2>365 2012-Q1", "2>365 2012-Q2", "365>2 2012-Q1", "365>2 2012-Q2");
        for (List<Object> row : rows.subList(1, rows.size())) {
            int from = ((Number) row.get(1)).intValue();
            int to = ((Number) row.get(2)).intValue();
            List<String> months = row.get(3).equals("2012-Q1") ? List.of("2012-03") : List.of("2012-04", "2012-05");
            long events = months.stream().map(m -> monthly.cells.get(IndependentEventCount.key("gdelt1", from, to, m)))
                    .filter(java.util.Objects::nonNull).mapToLong(c -> c.events).sum();
            assertThat(((Number) row.get(4)).longValue()).isEqualTo(events);
        }
        assertThat(s.outsideDyads()).isEqualTo(monthly.aggregated - s.aggregated());
    }

    @Test
    void rootOnlyLeavesOutNonRootEvents() throws Exception {
        List<Path> files = IndependentEventCount.realSamples().subList(0, 1);
        long nonRoot = 0;
        try (var csv = CsvReader.builder().ofNamedCsvRecord(files.get(0))) {
            for (NamedCsvRecord rec : csv) {
                nonRoot += rec.getField("IsRootEvent").equals("0") ? 1 : 0;
            }
        }
        AggregateRequest r = new AggregateRequest(List.of(files.get(0).toString()), PeriodGrain.YEAR, DyadFilter.ALL,
                true, false, AggregateRequest.OutputFormat.PARQUET, dir.toString(), List.of(countries));
        AggregateSummary s = duckdb(r);
        assertThat(s.nonRoot()).isEqualTo(nonRoot).isPositive();
        assertThat(IndependentEventCount.readSeries(dir).subList(1, 2).get(0).get(3)).isEqualTo("2012");
    }
}
