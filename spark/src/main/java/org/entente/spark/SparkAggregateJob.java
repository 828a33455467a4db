package org.entente.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.entente.data.PeriodGrain;
import org.entente.measure.events.AggregateRequest;
import org.entente.measure.events.AggregateSummary;
import org.entente.measure.events.DyadFilter;
import org.entente.source.BadInputException;
import org.entente.source.CountryResolver;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente events aggregate} as a Spark application: the main class of
 * {@code spark/target/entente-spark.jar}, for {@code spark-submit} on a cluster, and what
 * {@code entente events aggregate --engine spark} runs in a child JVM.
 *
 * <pre>
 * spark-submit --master spark://host:7077 spark/target/entente-spark.jar \
 *     --by month --out hdfs:///series/gdelt 'hdfs:///gdelt/2019*.export.CSV.zip'
 * </pre>
 *
 * Inputs are Hadoop paths or globs, readable by every executor; the output directory may be on any
 * file system Spark writes to.
 */
@Command(name = "entente-spark", mixinStandardHelpOptions = true,
        description = "Aggregates raw GDELT/ICEWS event files into directed dyad-period series on Spark.")
public final class SparkAggregateJob implements Callable<Integer> {

    @Parameters(paramLabel = "PATH-OR-GLOB", arity = "1..*") List<String> inputs = new ArrayList<>();
    @Option(names = "--out", required = true) String out;
    @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).") String master;
    @Option(names = "--by", defaultValue = "month") PeriodGrain by;
    @Option(names = "--dyads") String dyads;
    @Option(names = "--root-only") boolean rootOnly;
    @Option(names = "--strict") boolean strict;
    @Option(names = "--format", defaultValue = "parquet") AggregateRequest.OutputFormat format;
    @Option(names = "--countries") List<Path> countries = new ArrayList<>();
    @Option(names = "--quiet", description = "Print no summary and keep Spark's log to warnings.") boolean quiet;

    public static void main(String[] args) {
        if (List.of(args).contains("--quiet") || List.of(args).stream().anyMatch(a -> a.startsWith("@"))) {
            // before anything touches log4j: Spark otherwise logs every stage at INFO
            System.setProperty("log4j2.configurationFile", "org/entente/spark/log4j2-quiet.properties");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkAggregateJob());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (System.getenv("ENTENTE_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().println("entente: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            c.getErr().flush();
            return ex instanceof IllegalArgumentException && !(ex instanceof BadInputException) ? 2 : 1;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        CountryResolver resolver = countries.isEmpty() ? CountryResolver.shared() : CountryResolver.withExtraFiles(countries);
        AggregateRequest request = new AggregateRequest(inputs, by, DyadFilter.parse(dyads, resolver), rootOnly, strict,
                format, out, countries);
        SparkSession spark = session(master);
        try {
            AggregateSummary summary = new SparkAggregation(spark).aggregate(request);
            if (!quiet) {
                PrintWriter w = new PrintWriter(System.out, true);
                summary.printMalformed(new PrintWriter(System.err, true));
                summary.print(w, out);
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    /**
     * A session for the master given, or spark-submit's. Locally, and against a cluster on this
     * machine, the driver binds to 127.0.0.1 and the web UI stays off; against a remote cluster the
     * driver must be reachable, so its address is left to Spark.
     */
    public static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("entente events aggregate");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        String m = conf.get("spark.master");
        boolean onThisMachine = m.startsWith("local") || m.contains("://127.0.0.1") || m.contains("://localhost");
        if (onThisMachine) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (m.startsWith("local")) {
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        if (!m.startsWith("local") && !conf.contains("spark.jars")) {
            // started from the CLI rather than spark-submit: ship this jar to the executors
            conf.set("spark.jars", jarOfThisClass());
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static String jarOfThisClass() {
        try {
            return Path.of(SparkAggregateJob.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
