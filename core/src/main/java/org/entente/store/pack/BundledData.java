package org.entente.store.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Progress;
import org.entente.store.Store;
import org.entente.store.pack.DataPack.Release;

/**
 * Puts the bundled data pack into a store, through the same transactional import as
 * {@code entente import}: each file is unpacked to a temporary file under its published name,
 * checked against the manifest's SHA-256, and imported as its kind. A file already in the store
 * (the same release imported by hand, say) is recognised and only recorded. What the pack loaded
 * is remembered in {@code bundled_release}, so it happens once per store and per pack.
 */
public final class BundledData {

    /** What one load did. */
    public record Loaded(int files, int alreadyThere, long rows, long millis) {}

    private BundledData() {}

    /** The pack's releases that this store has not had yet. */
    public static List<Release> missing(Connection c, DataPack pack) throws SQLException {
        Set<String> present = loadedChecksums(c);
        return pack.releases().stream().filter(r -> !present.contains(r.sha256())).toList();
    }

    /** The checksums of the bundled files this store has had. */
    private static Set<String> loadedChecksums(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sha256 FROM bundled_release")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        return present;
    }

    /**
     * Opens the store at {@code path} for reading, beside other readers ({@link Store#openReader},
     * or {@link Store#openLockedDown} for user-written SQL), first loading the pack into it if it
     * lacks any of it. Only then is the store opened for writing: a store that is ready is never
     * locked for writing by a reader.
     */
    public static Store openForReading(Path path, boolean withPack, boolean lockedDown, PrintWriter log)
            throws SQLException, IOException {
        Store store = lockedDown ? Store.openLockedDown(path) : Store.openReader(path);
        if (!withPack) {
            return store;
        }
        boolean complete;
        try {
            complete = loadedChecksums(store.connection()).containsAll(DataPack.bundledChecksums());
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
        if (complete) {
            return store;
        }
        store.close();
        prepare(path, DataPack.bundled(), log);
        return lockedDown ? Store.openLockedDown(path) : Store.openReader(path);
    }

    /** Creates or migrates the store at {@code path} and loads what it lacks of {@code pack} (may be null). */
    public static void prepare(Path path, DataPack pack, PrintWriter log) throws SQLException, IOException {
        try (Store store = Store.open(path)) {
            if (pack != null && !missing(store.connection(), pack).isEmpty()) {
                load(store.connection(), pack, log, path);
            }
        }
    }

    /** Loads every release of {@code pack} the store lacks, reporting progress on {@code log}. */
    public static Loaded load(Connection c, DataPack pack, PrintWriter log, Path storePath) throws SQLException, IOException {
        long start = System.nanoTime();
        List<Release> todo = missing(c, pack);
        long bytes = todo.stream().mapToLong(Release::bytes).sum();
        log.printf("entente: first use of %s: loading the bundled data pack %s (%d files, %.1f MB of COW, ATOP,"
                + " SIPRI and CAMEO releases); this happens once%n", storePath, pack.version(), todo.size(), bytes / 1e6);
        log.flush();
        Importer importer = new Importer(c).withoutProgress();
        Path tmp = Files.createTempDirectory("entente-pack");
        int done = 0;
        int already = 0;
        long rows = 0;
        boolean terminal = System.console() != null;
        try (Progress bar = Progress.forTerminal("bundled data", bytes, "bytes")) {
            for (Release r : todo) {
                Path file = tmp.resolve(r.file());
                unpack(r, file);
                ImportOutcome outcome = importer.importFile(file, r.kind());
                Files.delete(file);
                record(c, r, outcome.datasetId(), pack.version());
                done++;
                rows += outcome.rows();
                if (outcome.unchanged()) {
                    already++;
                }
                bar.advance(r.bytes());
                if (!terminal && (!r.kind().equals("sipri-tiv") || done == todo.size() || done % 40 == 0)) {
                    log.printf("  [%3d/%d] %-48s %s %s%n", done, todo.size(), r.file(), r.kind(),
                            outcome.unchanged() ? "(already in the store)" : String.format("%,d rows", outcome.rows()));
                    log.flush();
                }
            }
        } finally {
            try (var left = Files.list(tmp)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.printf("entente: loaded %d bundled files (%,d rows) in %.1f s; 'entente data list' shows them with their"
                + " citations and terms%n", done, rows, millis / 1000.0);
        log.flush();
        return new Loaded(done, already, rows, millis);
    }

    /** Unpacks {@code r} to {@code file}, refusing a packed file whose content is not the manifest's. */
    static void unpack(Release r, Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(new GZIPInputStream(r.openPacked(), 1 << 16), md)) {
            Files.copy(in, file);
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equals(r.sha256())) {
            throw new IOException("the bundled " + r.file() + " is damaged: SHA-256 " + actual + ", the manifest says "
                    + r.sha256() + "; rebuild or reinstall Entente");
        }
    }

    /** The SHA-256 of {@code r}'s unpacked content, read from the jar. */
    public static String unpackedSha256(Release r) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(new GZIPInputStream(r.openPacked(), 1 << 16), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void record(Connection c, Release r, int datasetId, String packVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bundled_release (sha256, file_name, kind, dataset_id,"
                + " pack_version) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, r.sha256());
            ps.setString(2, r.file());
            ps.setString(3, r.kind());
            ps.setInt(4, datasetId);
            ps.setString(5, packVersion);
            ps.executeUpdate();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
