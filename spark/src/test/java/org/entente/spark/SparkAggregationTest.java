package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.spark.sql.SparkSession;
import org.entente.data.PeriodGrain;
import org.entente.measure.events.AggregateRequest;
import org.entente.measure.events.AggregateSummary;
import org.entente.measure.events.DuckDbAggregation;
import org.entente.measure.events.DuckDbAggregationTest;
import org.entente.measure.events.DyadFilter;
import org.entente.measure.events.EngineChecks;
import org.entente.measure.events.IndependentEventCount;
import org.entente.source.BadInputException;
import org.entente.source.CountryResolver;
import org.entente.source.rawevents.SyntheticGdelt;
import org.entente.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine, in local[2] inside the test JVM, against the DuckDB engine and independent counts. */
class SparkAggregationTest {

    static SparkSession spark;
    @TempDir static Path shared;
    static Path countries;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkAggregateJob.session("local[2]");
        countries = IndependentEventCount.testCountries(shared);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static AggregateRequest request(List<Path> files, Path out, boolean strict) {
        return new AggregateRequest(files.stream().map(Path::toString).toList(), PeriodGrain.MONTH, DyadFilter.ALL,
                false, strict, AggregateRequest.OutputFormat.PARQUET, out.toString(), List.of(countries));
    }

    static AggregateSummary duckdb(AggregateRequest r) throws Exception {
        return new DuckDbAggregation(new StoreSettings("1GB", 2, false)).aggregate(r);
    }

    @Test
    void realSamplesGiveTheSameSeriesAsDuckDbAndTheIndependentCount() throws Exception {
        List<Path> files = IndependentEventCount.realSamples();
        AggregateSummary s = new SparkAggregation(spark).aggregate(request(files, dir.resolve("spark"), false));
        AggregateSummary d = duckdb(request(files, dir.resolve("duckdb"), false));

        List<List<Object>> sparkRows = IndependentEventCount.readSeries(dir.resolve("spark"));
        List<List<Object>> duckRows = IndependentEventCount.readSeries(dir.resolve("duckdb"));
        assertThat(sparkRows).hasSizeGreaterThan(500);
        // row by row, every column, doubles bit for bit
        assertThat(sparkRows).isEqualTo(duckRows);
        EngineChecks.sameSummary(s, d);
        IndependentEventCount expected = IndependentEventCount.of(files, CountryResolver.withExtraFiles(List.of(countries)));
        EngineChecks.summaryMatches(s, expected);
        EngineChecks.matchesIndependentCount(sparkRows, expected);
    }

    @Test
    void duplicatesZipsAndMalformedLinesAsDuckDbCountsThem() throws Exception {
        List<Path> files = new ArrayList<>(SyntheticGdelt.from(IndependentEventCount.realSamples().subList(1, 2))
                .write(new SyntheticGdelt.Plan(9000, 4, 11, true, 0.03, 0.002, false,
                        LocalDate.of(2016, 1, 1), LocalDate.of(2017, 6, 30)), dir.resolve("gen")));
        Path zip = dir.resolve("gen").resolve(files.get(3).getFileName() + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(files.get(3).getFileName().toString()));
            Files.copy(files.get(3), z);
            z.closeEntry();
        }
        Files.delete(files.get(3));
        files.set(3, zip);
        files.add(DuckDbAggregationTest.malformedFixture(dir));

        AggregateSummary s = new SparkAggregation(spark).aggregate(request(files, dir.resolve("spark"), false));
        AggregateSummary d = duckdb(request(files, dir.resolve("duckdb"), false));
        assertThat(d.duplicates()).isGreaterThan(100);
        assertThat(d.malformed()).isGreaterThan(4);
        assertThat(d.malformedFiles()).hasSize(5)
                .anySatisfy(f -> assertThat(f.file()).endsWith(".zip!" + files.get(3).getFileName().toString().replace(".zip", "")));
        EngineChecks.sameSummary(s, d);
        assertThat(IndependentEventCount.readSeries(dir.resolve("spark")))
                .isEqualTo(IndependentEventCount.readSeries(dir.resolve("duckdb")));
    }

    @Test
    void strictFailsWithTheSameMessageAsDuckDb() throws Exception {
        Path file = DuckDbAggregationTest.malformedFixture(dir);
        String duck = null;
        try {
            duckdb(request(List.of(file), dir.resolve("d"), true));
        } catch (BadInputException e) {
            duck = e.getMessage();
        }
        assertThat(duck).contains(":5: expected 61 fields, found 60");
        assertThatThrownBy(() -> new SparkAggregation(spark).aggregate(request(List.of(file), dir.resolve("s"), true)))
                .isInstanceOf(BadInputException.class).hasMessage(duck);
        assertThat(dir.resolve("s").resolve(AggregateRequest.SERIES_DIR)).doesNotExist();
    }
}
