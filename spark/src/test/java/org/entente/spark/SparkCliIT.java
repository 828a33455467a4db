package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.cli.Main;
import org.entente.measure.events.IndependentEventCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente events aggregate --engine spark}, as a user runs it: the CLI starts the packaged
 * Spark job in a child JVM ({@code spark/target/entente-spark.jar} and its classpath file).
 */
class SparkCliIT {

    @TempDir Path dir;

    static int aggregate(List<String> args, StringWriter out, StringWriter err) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args.toArray(String[]::new));
    }

    static List<String> args(String engine, String master, Path countries, Path out) {
        List<String> a = new ArrayList<>(List.of("events", "aggregate", "--engine", engine, "--countries",
                countries.toString(), "--out", out.toString()));
        if (master != null) {
            a.addAll(List.of("--master", master));
        }
        IndependentEventCount.realSamples().forEach(p -> a.add(p.toString()));
        return a;
    }

    @Test
    void cliRunsTheSparkJobInAChildJvmAndMatchesDuckDb() throws Exception {
        Path countries = IndependentEventCount.testCountries(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(aggregate(args("spark", "local[1]", countries, dir.resolve("spark")), out, err)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("read 24,612 event lines").contains("(spark engine)");
        assertThat(aggregate(args("duckdb", null, countries, dir.resolve("duckdb")), new StringWriter(), err)).isZero();
        assertThat(IndependentEventCount.readSeries(dir.resolve("spark")))
                .isEqualTo(IndependentEventCount.readSeries(dir.resolve("duckdb")));
    }
}
