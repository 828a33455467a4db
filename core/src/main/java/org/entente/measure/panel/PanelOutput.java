package org.entente.measure.panel;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.entente.store.Store;

/**
 * Writes a panel with DuckDB's own COPY, so rows never pass through Java: CSV (header, no index
 * column, empty cell for missing), Parquet (typed, compressed) or JSON (one array of objects).
 */
public final class PanelOutput {

    public enum Format {
        CSV("(FORMAT csv, HEADER true)"),
        // A small dictionary limit makes DuckDB give up dictionary encoding early on the columns
        // that are unique per dyad (shares, ratios, threat scores) instead of building a full
        // dictionary per row group and then discarding it; ids, years, flags and CINC keep theirs.
        // bench/dyads-bench.sh: writing the 1.9-million-row panel takes about a third less CPU,
        // for a file about 10% larger (capital distances lose their dictionary).
        PARQUET("(FORMAT parquet, DICTIONARY_SIZE_LIMIT 4096)"),
        JSON("(FORMAT json, ARRAY true)");

        final String options;

        Format(String options) {
            this.options = options;
        }

        /** The format a file name's extension asks for. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".parquet")) {
                return PARQUET;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            throw new IllegalArgumentException("cannot tell the format of " + file + ": name it .csv, .parquet or .json");
        }
    }

    private PanelOutput() {}

    /** The same, on the store the CLI opened (the panel keeps its set-based SQL). */
    public static long write(Store store, Panel panel, Path file, Format format) throws SQLException {
        return write(store.connection(), panel, file, format);
    }

    /** Writes the panel to {@code file}; returns the number of rows. */
    public static long write(Connection c, Panel panel, Path file, Format format) throws SQLException {
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement st = c.createStatement()) {
            boolean rows = st.execute("COPY (" + panel.query() + ") TO '" + target + "' " + format.options);
            if (rows) {
                try (ResultSet rs = st.getResultSet()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            return st.getUpdateCount();
        }
    }

    /** The same, on the store the CLI opened (the panel keeps its set-based SQL). */
    public static long writeCsv(Store store, Panel panel, Writer out) throws SQLException, IOException {
        return writeCsv(store.connection(), panel, out);
    }

    /** Writes the panel as CSV to {@code out} (via a temporary file DuckDB writes). */
    public static long writeCsv(Connection c, Panel panel, Writer out) throws SQLException, IOException {
        Path tmp = Files.createTempFile("entente-panel", ".csv");
        try {
            long n = write(c, panel, tmp, Format.CSV);
            try (Reader in = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.flush();
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
