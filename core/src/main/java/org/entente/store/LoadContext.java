package org.entente.store;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.source.CountryResolver;
import org.entente.source.FileHead;

/**
 * What a {@link DatasetLoader} gets for one file: the connection (inside the import's
 * transaction), the dataset id every row must carry, the country mapping, a tally of names that
 * did not resolve, and the dataset's metadata to fill in.
 */
public final class LoadContext {

    private final Path file;
    private final FileHead head;
    private final Connection connection;
    private final int datasetId;
    private final Progress progress;
    private final Map<String, long[]> unresolved = new LinkedHashMap<>();
    private final Map<String, String> unresolvedReasons = new LinkedHashMap<>();
    private String version;
    private String generated;
    private String citation;
    private final List<String> notes = new ArrayList<>();

    LoadContext(Path file, FileHead head, Connection connection, int datasetId, Progress progress) {
        this.file = file;
        this.head = head;
        this.connection = connection;
        this.datasetId = datasetId;
        this.progress = progress;
    }

    public Path file() {
        return file;
    }

    public FileHead head() {
        return head;
    }

    public Connection connection() {
        return connection;
    }

    public int datasetId() {
        return datasetId;
    }

    public CountryResolver countries() {
        return CountryResolver.shared();
    }

    /**
     * The file's bytes, unzipped when the file is a zip (first entry), counted for the progress
     * bar. The caller closes it.
     */
    public InputStream openStream() throws IOException {
        InputStream raw = new CountingStream(Files.newInputStream(file), progress);
        if (head.zipped()) {
            ZipInputStream zin = new ZipInputStream(raw);
            zin.getNextEntry();
            return new BufferedInputStream(zin, 1 << 16);
        }
        return new BufferedInputStream(raw, 1 << 16);
    }

    /** A DuckDB appender on {@code table}, inside this import's transaction. */
    public DuckDBAppender appender(String table) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    public PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /**
     * Notes a name that resolved to no state. Every occurrence is counted; the import reports the
     * names and stores them in {@code unresolved_name}.
     */
    public void unresolved(String role, CountryResolver.Resolution r) {
        String key = role + "\u0000" + r.name();
        unresolved.computeIfAbsent(key, k -> new long[1])[0]++;
        unresolvedReasons.putIfAbsent(key, r.reason());
    }

    /** Resolves a name and tallies it if it is not a state; returns the ccode or null. */
    public Integer resolveName(String role, String name) {
        CountryResolver.Resolution r = countries().resolveName(name);
        if (!r.isState()) {
            unresolved(role, r);
        }
        return r.ccode();
    }

    /** Resolves a CAMEO/ISO-3 country code and tallies it if it is not a state. */
    public Integer resolveCameo(String role, String code) {
        CountryResolver.Resolution r = countries().resolveCameo(code);
        if (!r.isState()) {
            unresolved(role, r);
        }
        return r.ccode();
    }

    public void version(String version) {
        this.version = version;
    }

    public void generated(String generated) {
        this.generated = generated;
    }

    public void citation(String citation) {
        this.citation = citation;
    }

    /**
     * Something the user should know about how the file was read (rows merged or skipped, a
     * version inferred); printed after the import.
     */
    public void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String version() {
        return version;
    }

    String generated() {
        return generated;
    }

    String citation() {
        return citation;
    }

    Map<String, long[]> unresolvedCounts() {
        return unresolved;
    }

    String unresolvedReason(String key) {
        return unresolvedReasons.get(key);
    }

    /** Counts bytes read from the file itself (before unzipping) for progress. */
    private static final class CountingStream extends FilterInputStream {
        private final Progress progress;

        CountingStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.advance(n);
            }
            return n;
        }
    }
}
