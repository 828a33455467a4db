package org.entente.measure.events;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.source.rawevents.RawEventFiles;

/**
 * Runs the Spark engine (module {@code spark}, class {@code org.entente.spark.SparkAggregateJob}) in a
 * child JVM. A child process, not a class loaded here, because Spark brings some three hundred jars
 * that the core must not carry, its own logging and its own JVM settings; the same main class is
 * what a user hands to {@code spark-submit} on a cluster.
 *
 * <p>The child's classpath is {@code spark/target/entente-spark.jar} plus the Spark jars listed in
 * {@code spark/target/spark-classpath.txt} (both written by {@code mvn package}). The directory is
 * found from {@code -Dentente.spark.dir}, {@code ENTENTE_SPARK_DIR}, or beside the core's jar in a
 * checkout. The driver runs in the child; with {@code --master spark://...} its executors run on the
 * cluster and receive the job's jar from the driver.
 */
public final class SparkAggregationLauncher implements AggregationEngine {

    public static final String MAIN_CLASS = "org.entente.spark.SparkAggregateJob";
    public static final String JAR = "entente-spark.jar";
    public static final String CLASSPATH_FILE = "spark-classpath.txt";

    private final String master;

    public SparkAggregationLauncher(String master) {
        this.master = master;
    }

    @Override
    public AggregateSummary aggregate(AggregateRequest r) throws Exception {
        Path dir = sparkDir();
        List<String> classpath = new ArrayList<>();
        classpath.add(dir.resolve(JAR).toString());
        classpath.add(Files.readString(dir.resolve(CLASSPATH_FILE), StandardCharsets.UTF_8).strip());

        // Globs are expanded here, as the DuckDB engine expands them, so both read the same files;
        // the list goes in an argument file, as a year of GDELT 2.0 is 35,000 files.
        List<String> files = RawEventFiles.expand(r.inputs()).stream().map(Path::toString).toList();
        AggregateRequest expanded = new AggregateRequest(files, r.by(), r.dyads(), r.rootOnly(), r.strict(),
                r.format(), Path.of(r.out()).toAbsolutePath().toString(), r.countryFiles());
        Path args = Files.createTempFile("entente-spark-args-", ".txt");
        try {
            List<String> lines = new ArrayList<>();
            lines.add("--master");
            lines.add(master);
            lines.add("--quiet");
            lines.addAll(expanded.toArgs());
            Files.write(args, lines.stream().map(SparkAggregationLauncher::argfileQuote).toList(), StandardCharsets.UTF_8);

            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String opts = System.getenv("ENTENTE_SPARK_JAVA_OPTS");
            cmd.addAll(List.of((opts == null || opts.isBlank() ? "-Xmx2g" : opts).trim().split("\\s+")));
            cmd.add("-cp");
            cmd.add(String.join(java.io.File.pathSeparator, classpath));
            cmd.add(MAIN_CLASS);
            cmd.add("@" + args);
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            if (master.startsWith("local") || master.contains("://127.0.0.1") || master.contains("://localhost")) {
                // on this machine only: a remote cluster's executors must reach the driver's real address
                pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            }
            int exit = pb.start().waitFor();
            if (exit != 0) {
                throw new SparkJobFailed("the Spark job failed (exit code " + exit + "); its messages are above");
            }
        } finally {
            Files.deleteIfExists(args);
        }
        try (InputStream in = Files.newInputStream(Path.of(expanded.out(), AggregateRequest.SUMMARY_FILE))) {
            return AggregateSummary.readJson(in);
        }
    }

    /** The Spark job failed in its own process and has said why on stderr. */
    public static final class SparkJobFailed extends Exception {
        SparkJobFailed(String message) {
            super(message);
        }
    }

    private static String argfileQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Where the Spark module's jar and classpath file are. */
    public static Path sparkDir() throws IOException {
        String configured = System.getProperty("entente.spark.dir", System.getenv("ENTENTE_SPARK_DIR"));
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Path.of(configured);
        } else {
            dir = besideCore();
        }
        if (dir == null || !Files.isRegularFile(dir.resolve(JAR)) || !Files.isRegularFile(dir.resolve(CLASSPATH_FILE))) {
            throw new IOException("the Spark engine is not built" + (dir == null ? "" : " (looked in " + dir + ")")
                    + ": run 'mvn -B -DskipTests package' at the repository root, or set ENTENTE_SPARK_DIR to the "
                    + "directory holding " + JAR + " and " + CLASSPATH_FILE);
        }
        return dir;
    }

    /** {@code <repo>/spark/target} when this class runs from {@code <repo>/core/target/...}. */
    private static Path besideCore() {
        try {
            Path here = Path.of(SparkAggregationLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("target")
                        && p.getParent() != null && p.getParent().getParent() != null) {
                    return p.getParent().getParent().resolve("spark").resolve("target");
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        return null;
    }
}
