package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code entente data update} against a publisher played by a server on 127.0.0.1 that serves
 * copies of real COW and ATOP files: a good download, a zip entry, a truncated download, a changed
 * file (wrong checksum) and a 404. A failure anywhere imports nothing.
 */
class DataUpdateCommandTest {

    static final Path DATA = Path.of(System.getProperty("entente.shared", "../../shared"), "data");

    @TempDir Path tmp;
    HttpServer server;
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Paths whose response announces the whole file but sends only half of it. */
    final Map<String, Boolean> truncate = new ConcurrentHashMap<>();
    byte[] majors;
    byte[] atopAlliances;

    @BeforeEach
    void publish() throws IOException {
        majors = Files.readAllBytes(DATA.resolve("cow/majors2016.csv"));
        atopAlliances = Files.readAllBytes(DATA.resolve("atop/atop5_1a.csv"));
        files.put("/majors2016.csv", majors);
        files.put("/atop.zip", zip("ATOP 5.1 (.csv)/atop5_1a.csv", atopAlliances));
        byte[] changed = majors.clone();
        changed[changed.length - 2] = (byte) '7';
        files.put("/changed/majors2016.csv", changed);
        files.put("/cut/system2016.csv", Files.readAllBytes(DATA.resolve("cow/system2016.csv")));
        truncate.put("/cut/system2016.csv", true);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, 0, truncate.containsKey(exchange.getRequestURI().getPath()) ? body.length / 2 : body.length);
            } catch (IOException e) {
                // the client saw a short body, which is the point
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path manifest(String... entries) throws IOException {
        Path m = tmp.resolve("releases-" + System.nanoTime() + ".json");
        Files.writeString(m, "{\"releases\": [" + String.join(",", entries) + "]}");
        return m;
    }

    private String pinned(String name, String kind, String path, String entry, byte[] content) throws Exception {
        return String.format("{\"name\": \"%s\", \"kind\": \"%s\", \"url\": \"%s\", %s\"sha256\": \"%s\", \"bytes\": %d}",
                name, kind, url(path), entry == null ? "" : "\"entry\": \"" + entry + "\", ", sha256(content), content.length);
    }

    private CliRun update(Path manifest, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "data";
        args[1] = "update";
        args[2] = "--manifest";
        args[3] = manifest.toString();
        args[4] = "--db";
        args[5] = tmp.resolve("store.duckdb").toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void pinnedReleasesAreFetchedCheckedAndImportedOnce() throws Exception {
        Path m = manifest(pinned("majors", "cow-majors", "/majors2016.csv", null, majors),
                pinned("atop", "atop-alliance", "/atop.zip", "atop5_1a.csv", atopAlliances));
        CliRun first = update(m);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported   majors2016.csv", "imported   atop5_1a.csv");
        assertThat(datasets()).containsEntry("majors2016.csv", 14L).containsEntry("atop5_1a.csv", 789L);
        CliRun again = update(m);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("up to date").doesNotContain("imported");
        assertThat(datasets()).hasSize(2);
    }

    @Test
    void aTruncatedDownloadImportsNothingAtAll() throws Exception {
        Path m = manifest(pinned("majors", "cow-majors", "/majors2016.csv", null, majors),
                pinned("system", "cow-system", "/cut/system2016.csv", null, files.get("/cut/system2016.csv")));
        // the server announces the whole file, sends half and stalls: the watchdog gives up after 2 s
        CliRun run = update(m, "--timeout", "2");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED", "truncated download", "nothing imported");
        assertThat(datasets()).isEmpty();
    }

    @Test
    void aFileWhoseChecksumDiffersIsRefused() throws Exception {
        Path m = manifest(pinned("majors", "cow-majors", "/changed/majors2016.csv", null, majors));
        CliRun run = update(m);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED", "has SHA-256", "the manifest pins " + sha256(majors));
        assertThat(datasets()).isEmpty();
    }

    @Test
    void aMissingFileIsA404AndImportsNothing() throws Exception {
        Path m = manifest(pinned("majors", "cow-majors", "/majors2016.csv", null, majors),
                pinned("gone", "cow-states", "/states2016.csv", null, majors));
        CliRun run = update(m);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("HTTP 404");
        assertThat(datasets()).isEmpty();
    }

    @Test
    void anUnpinnedReleaseIsFetchedOnlyWhenAllowed() throws Exception {
        Path m = manifest(String.format("{\"name\": \"majors\", \"kind\": \"cow-majors\", \"url\": \"%s\"}", url("/majors2016.csv")));
        CliRun skipped = update(m);
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).contains("skipped", "--allow-unpinned");
        assertThat(datasets()).isEmpty();
        CliRun taken = update(m, "--allow-unpinned");
        assertThat(taken.code()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("not pinned", "imported   majors2016.csv");
        assertThat(datasets()).containsEntry("majors2016.csv", 14L);
    }

    @Test
    void aBadManifestNamesItsFieldAndExitsNonZero() throws Exception {
        Path m = manifest("{\"name\": \"x\", \"kind\": \"cow-majors\", \"url\": \"ftp://example/x.csv\"}");
        CliRun run = update(m);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(m.toString(), "releases[0].url", "http or https");
    }

    private Map<String, Long> datasets() throws Exception {
        Path db = tmp.resolve("store.duckdb");
        Map<String, Long> out = new java.util.TreeMap<>();
        if (!Files.exists(db)) {
            return out;
        }
        try (Store s = Store.open(db); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT file_name, rows FROM dataset")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
