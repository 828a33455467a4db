package org.entente.store.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.pack.ReleaseManifest.Remote;

/**
 * Fetches the releases of a {@link ReleaseManifest} from their publishers and imports them, all or
 * nothing: every file is downloaded and checked (HTTP status, announced length, pinned size and
 * SHA-256) before the first import starts, so one bad download leaves the store as it was.
 */
public final class ReleaseUpdate {

    public enum Status { UP_TO_DATE, FETCHED, NOT_PINNED, FAILED }

    /** What became of one release; {@code file} is the checked download when {@link Status#FETCHED}. */
    public record Fetch(Remote release, Status status, String detail, Path file) {}

    private final HttpClient http;
    private final Duration timeout;

    public ReleaseUpdate(Duration timeout) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    /** Downloads and checks what {@code manifest} names and the store lacks, into {@code dir}. */
    public List<Fetch> fetch(Connection c, ReleaseManifest manifest, boolean allowUnpinned, Path dir, PrintWriter log)
            throws SQLException, IOException {
        List<Fetch> out = new ArrayList<>();
        Map<String, Path> downloads = new HashMap<>();
        for (Remote r : manifest.releases()) {
            if (r.pinned() && loaded(c, r)) {
                out.add(new Fetch(r, Status.UP_TO_DATE, "already in the store", null));
                continue;
            }
            if (!r.pinned() && !allowUnpinned) {
                out.add(new Fetch(r, Status.NOT_PINNED, "no sha256 in the manifest; add it, or run with --allow-unpinned"
                        + " to take what the publisher serves now", null));
                continue;
            }
            try {
                Path raw = downloads.get(r.url());
                if (raw == null) {
                    log.printf("entente: fetching %s%n", r.url());
                    log.flush();
                    raw = download(r.url(), dir.resolve("download-" + downloads.size()));
                    downloads.put(r.url(), raw);
                }
                Path file = dir.resolve(out.size() + "-" + r.fileName());
                Files.createDirectories(file.getParent());
                String sha = extract(raw, r, file);
                long size = Files.size(file);
                if (r.bytes() != null && size != r.bytes()) {
                    out.add(new Fetch(r, Status.FAILED, String.format("%s is %,d bytes, the manifest says %,d%s", r.fileName(),
                            size, r.bytes(), size < r.bytes() ? " (truncated download?)" : ""), null));
                } else if (r.pinned() && !sha.equals(r.sha256())) {
                    out.add(new Fetch(r, Status.FAILED, r.fileName() + " has SHA-256 " + sha + ", the manifest pins "
                            + r.sha256() + "; the publisher's file changed or the download is damaged", null));
                } else {
                    out.add(new Fetch(r, Status.FETCHED, String.format("%,d bytes, SHA-256 %s%s", size, sha,
                            r.pinned() ? "" : " (not pinned)"), file));
                }
            } catch (IOException e) {
                out.add(new Fetch(r, Status.FAILED, e.getMessage(), null));
            }
        }
        return out;
    }

    /** Imports the fetched files, each in its own transaction, under their published names. */
    public static List<ImportOutcome> importFetched(Connection c, List<Fetch> fetched) throws SQLException, IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        Importer importer = new Importer(c);
        for (Fetch f : fetched) {
            if (f.status() != Status.FETCHED) {
                continue;
            }
            Path named = f.file().resolveSibling(f.release().fileName());
            Files.move(f.file(), named);
            ImportOutcome outcome = importer.importFile(named, f.release().kind());
            if (f.release().pinned()) {
                remember(c, f.release(), outcome.datasetId());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * Downloads {@code url} to {@code target}. The request's own timeout covers only the wait for
     * the response's headers, so a watchdog closes a body that stalls for longer than the timeout:
     * a server that stops sending gives a clear failure instead of a hang.
     */
    private Path download(String url, Path target) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(url + ": interrupted");
        } catch (IOException e) {
            throw new IOException(url + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(url + ": the server answered HTTP " + response.statusCode());
            }
            AtomicLong got = new AtomicLong();
            AtomicLong lastProgress = new AtomicLong(System.nanoTime());
            java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "download-watchdog");
                t.setDaemon(true);
                return t;
            });
            watchdog.scheduleWithFixedDelay(() -> {
                if (System.nanoTime() - lastProgress.get() > timeout.toNanos()) {
                    stalled.set(true);
                    try {
                        body.close();
                    } catch (IOException ignored) {
                        // the reader sees the closed stream
                    }
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = body.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    got.addAndGet(n);
                    lastProgress.set(System.nanoTime());
                }
            } catch (IOException e) {
                String why = stalled.get() ? "no data for " + timeout.toSeconds() + " s" : e.getMessage();
                throw new IOException(String.format("%s: received %,d of %s bytes, then %s (truncated download)", url,
                        got.get(), announced >= 0 ? String.format("%,d", announced) : "?", why), e);
            } finally {
                watchdog.shutdownNow();
            }
            if (announced >= 0 && got.get() != announced) {
                throw new IOException(String.format("%s: received %,d of %,d bytes (truncated download)", url, got.get(), announced));
            }
        }
        return target;
    }

    /** Copies the release's file (the zip entry it names, or the download itself) to {@code file}; returns its SHA-256. */
    private static String extract(Path raw, Remote r, Path file) throws IOException {
        MessageDigest md = BundledData.sha256();
        if (r.entry() == null || r.entry().isBlank()) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(raw), md)) {
                Files.copy(in, file);
            }
            return HexFormat.of().formatHex(md.digest());
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(raw))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!e.isDirectory() && name.equals(r.fileName())) {
                    try (InputStream in = new DigestInputStream(zip, md)) {
                        Files.copy(in, file);
                    }
                    return HexFormat.of().formatHex(md.digest());
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(r.url() + ": not a readable zip archive (" + e.getMessage() + ")");
        }
        throw new IOException(r.url() + ": the archive has no " + r.entry());
    }

    /** Whether the store holds the pinned release: fetched before, bundled, or imported with the same bytes. */
    private static boolean loaded(Connection c, Remote r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT 1 FROM fetched_release WHERE kind = ? AND sha256 = ?
                UNION ALL SELECT 1 FROM bundled_release WHERE kind = ? AND sha256 = ?
                UNION ALL SELECT 1 FROM dataset WHERE kind = ? AND sha256 = ?""")) {
            for (int i = 0; i < 3; i++) {
                ps.setString(2 * i + 1, r.kind());
                ps.setString(2 * i + 2, r.sha256());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void remember(Connection c, Remote r, int datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fetched_release (sha256, kind, url, entry, dataset_id)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, r.sha256());
            ps.setString(2, r.kind());
            ps.setString(3, r.url());
            ps.setString(4, r.entry());
            ps.setInt(5, datasetId);
            ps.executeUpdate();
        }
    }
}
