package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.launcher.JavaModuleOptions;
import org.entente.measure.events.IndependentEventCount;
import org.entente.measure.events.SparkAggregationLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path, not only local mode: a standalone Spark master and one worker on 127.0.0.1,
 * started from the Maven artefacts as child JVMs, and the CLI submitting the job to them.
 *
 * <p>A worker starts its executors with the jars under {@code $SPARK_HOME/jars}; there is no Spark
 * distribution here, so the test makes a {@code SPARK_HOME} whose {@code jars/} links to the jars
 * Maven resolved. The job's own jar reaches the executor from the driver ({@code spark.jars}).
 */
class StandaloneClusterIT {

    @TempDir Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopCluster() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).destroy(); // the worker first, then the master
        }
        for (Process p : started) {
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void jobSubmittedToAStandaloneMasterRunsOnItsWorker() throws Exception {
        Path sparkDir = SparkAggregationLauncher.sparkDir();
        String classpath = Files.readString(sparkDir.resolve(SparkAggregationLauncher.CLASSPATH_FILE)).strip();
        // under target/, not the test's temporary directory: JUnit would warn about every link it deletes
        Path home = sparkDir.resolve("it-spark-home");
        Files.createDirectories(home.resolve("jars"));
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(jar);
            Path link = home.resolve("jars").resolve(p.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, p);
            }
        }
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Path masterLog = dir.resolve("master.log");
        start(classpath, home, masterLog, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitLine(masterLog, "I have been elected leader");
        Path workerLog = dir.resolve("worker.log");
        start(classpath, home, workerLog, "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                "--work-dir", dir.resolve("work").toString(), master);
        awaitLine(workerLog, "Successfully registered with master");

        Path countries = IndependentEventCount.testCountries(dir);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = SparkCliIT.aggregate(SparkCliIT.args("spark", master, countries, dir.resolve("cluster")), out, err);
        assertThat(code).as(err + "\n" + Files.readString(workerLog)).isZero();
        assertThat(SparkCliIT.aggregate(SparkCliIT.args("duckdb", null, countries, dir.resolve("duckdb")),
                new java.io.StringWriter(), err)).isZero();
        assertThat(IndependentEventCount.readSeries(dir.resolve("cluster")))
                .hasSizeGreaterThan(500)
                .isEqualTo(IndependentEventCount.readSeries(dir.resolve("duckdb")));
        // the work ran in an executor the worker launched, not in the driver
        assertThat(Files.readString(workerLog)).contains("Asked to launch executor").contains("CoarseGrainedExecutorBackend");
        try (var apps = Files.list(dir.resolve("work"))) {
            assertThat(apps.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("app-"));
        }
    }

    private void start(String classpath, Path home, Path log, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split("\\s+")));
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        started.add(pb.start());
    }

    private void awaitLine(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            for (Process p : started) {
                assertThat(p.isAlive()).as("a Spark daemon exited:\n" + Files.readString(log)).isTrue();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within 3 minutes:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
