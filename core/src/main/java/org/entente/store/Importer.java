package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * Imports files into the store: recognises the format, then loads the file in one transaction
 * with its provenance. A failure rolls everything back; the same content imported twice (whatever
 * its line ends) is loaded once.
 */
public final class Importer {

    /**
     * Every format Entente reads, in the order they are tried when recognising a file: the loader
     * sets the publishers' packages register ({@link LoaderSet}), by their order.
     */
    static final List<DatasetLoader> LOADERS = ServiceLoader.load(LoaderSet.class, Importer.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).sorted(Comparator.comparingInt(LoaderSet::order))
            .flatMap(set -> set.loaders().stream()).toList();

    private final Connection connection;
    private final boolean showProgress;

    public Importer(Store store) {
        this(store.connection());
    }

    /** An importer on a connection the caller owns (tests, and stores opened elsewhere). */
    public Importer(Connection connection) {
        this(connection, true);
    }

    private Importer(Connection connection, boolean showProgress) {
        this.connection = connection;
        this.showProgress = showProgress;
    }

    /** The same importer without a progress bar per file, for callers that show their own. */
    public Importer withoutProgress() {
        return new Importer(connection, false);
    }

    public static List<DatasetLoader> loaders() {
        return LOADERS;
    }

    public static Optional<DatasetLoader> loader(String kind) {
        return LOADERS.stream().filter(l -> l.kind().equals(kind)).findFirst();
    }

    /** The kinds, one per line, for messages and {@code --help}. */
    public static String kindsList() {
        return LOADERS.stream()
                .map(l -> String.format("  %-22s %s", l.kind(), l.description()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Imports {@code file} as {@code kind}, or as the kind recognised from its content when
     * {@code kind} is null.
     */
    public ImportOutcome importFile(Path file, String kind) throws IOException, SQLException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, 0, null, "is a directory; name the files in it, e.g. "
                    + file.resolve("*.csv"));
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, null, "no such file");
        }
        FileHead head = FileHead.of(file);
        if (head.isEmpty()) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        DatasetLoader loader = kind == null ? recognise(head) : loader(kind).orElseThrow(
                () -> new BadInputException(file, 0, null, "unknown kind '" + kind + "'; the kinds are:\n" + kindsList()));
        if (head.isUtf16()) {
            throw new BadInputException(file, 0, null, "the file is UTF-16 text; save it as UTF-8 and import it again");
        }
        if (head.isBinary()) {
            throw new BadInputException(file, 0, null, "this is a binary file, not a " + loader.kind() + " file");
        }
        String sha = head.zipped() ? sha256(file) : textSha256(file);
        Connection c = connection;
        Optional<Integer> existing = existing(c, loader.kind(), sha);
        if (existing.isPresent()) {
            return new ImportOutcome(file, loader.kind(), existing.get(), rowsOf(c, existing.get()), true, List.of());
        }
        long size = Files.size(file);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Progress progress = showProgress
                ? Progress.forTerminal(file.getFileName().toString(), size, "bytes") : Progress.SILENT) {
            int id = insertDataset(c, loader.kind(), file, sha);
            LoadContext ctx = new LoadContext(file, head, c, id, progress);
            long rows = loader.load(ctx);
            finishDataset(c, id, rows, ctx);
            List<ImportOutcome.UnresolvedName> unresolved = storeUnresolved(c, id, ctx);
            c.commit();
            return new ImportOutcome(file, loader.kind(), id, rows, false, unresolved, ctx.notes());
        } catch (IOException | SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * The kind {@code file} would be imported as (recognised from its content, or {@code kind} if
     * it is recognised as that), or empty for an empty, binary or unrecognised file: how a
     * directory's files are chosen.
     */
    public static Optional<String> recognisedKind(Path file, String kind) throws IOException {
        FileHead head = FileHead.of(file);
        if (head.isEmpty() || head.isBinary()) {
            return Optional.empty();
        }
        return LOADERS.stream().filter(l -> l.recognises(head)).map(DatasetLoader::kind)
                .filter(k -> kind == null || k.equals(kind)).findFirst();
    }

    static DatasetLoader recognise(FileHead head) {
        if (head.isUtf16()) {
            throw new BadInputException(head.file(), 0, null, "the file is UTF-16 text; save it as UTF-8 and import it again");
        }
        if (head.isBinary()) {
            throw new BadInputException(head.file(), 0, null,
                    "this is a binary file, not one of the formats Entente reads:\n" + kindsList());
        }
        for (DatasetLoader l : LOADERS) {
            if (l.recognises(head)) {
                return l;
            }
        }
        throw new BadInputException(head.file(), 0, null,
                "not a format Entente recognises; name the kind with 'entente import --kind KIND FILE'. The kinds are:\n"
                        + kindsList());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of a text file's content, so that the same release saved with other line ends is
     * recognised as the same: a UTF-8 byte-order mark is dropped, CRLF and CR become LF, and the file
     * ends in exactly one LF. For a file already in that form (the usual case) this is the SHA-256
     * of its bytes, as {@code sha256sum} prints it.
     */
    static String textSha256(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] bom = in.readNBytes(3);
            int start = bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF
                    ? 3 : 0;
            long pendingLineEnds = 0;
            boolean content = false;
            boolean afterCr = false;
            byte[] buf = new byte[1 << 16];
            System.arraycopy(bom, 0, buf, 0, bom.length);
            int n = bom.length;
            int from = start;
            do {
                for (int i = from; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n' && afterCr) {
                        afterCr = false; // the LF of a CRLF, already counted
                        continue;
                    }
                    afterCr = b == '\r';
                    if (b == '\n' || b == '\r') {
                        pendingLineEnds++;
                        continue;
                    }
                    for (; pendingLineEnds > 0; pendingLineEnds--) {
                        md.update((byte) '\n');
                    }
                    md.update(b);
                    content = true;
                }
                from = 0;
            } while ((n = in.read(buf)) > 0);
            if (content) {
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Integer> existing(Connection c, String kind, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dataset WHERE kind = ? AND sha256 = ?")) {
            ps.setString(1, kind);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    private static long rowsOf(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rows FROM dataset WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int insertDataset(Connection c, String kind, Path file, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dataset (kind, file_name, sha256, citation) VALUES (?, ?, ?, '') RETURNING id")) {
            ps.setString(1, kind);
            ps.setString(2, file.getFileName().toString());
            ps.setString(3, sha);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void finishDataset(Connection c, int id, long rows, LoadContext ctx) throws SQLException {
        if (ctx.citation() == null || ctx.citation().isBlank()) {
            throw new IllegalStateException("loader for dataset " + id + " set no citation");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE dataset SET rows = ?, version = ?, generated = ?, citation = ? WHERE id = ?")) {
            ps.setLong(1, rows);
            ps.setString(2, ctx.version());
            ps.setString(3, ctx.generated());
            ps.setString(4, ctx.citation());
            ps.setInt(5, id);
            ps.executeUpdate();
        }
    }

    private static List<ImportOutcome.UnresolvedName> storeUnresolved(Connection c, int id, LoadContext ctx)
            throws SQLException {
        List<ImportOutcome.UnresolvedName> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unresolved_name VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, long[]> e : ctx.unresolvedCounts().entrySet()) {
                String[] parts = e.getKey().split("\u0000", 2);
                String reason = ctx.unresolvedReason(e.getKey());
                ps.setInt(1, id);
                ps.setString(2, parts[1]);
                ps.setString(3, parts[0]);
                ps.setString(4, reason);
                ps.setLong(5, e.getValue()[0]);
                ps.addBatch();
                out.add(new ImportOutcome.UnresolvedName(parts[0], parts[1], reason, e.getValue()[0]));
            }
            ps.executeBatch();
        }
        return out;
    }
}
