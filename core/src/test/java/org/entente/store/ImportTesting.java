package org.entente.store;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Helpers shared by the import tests: the shared data, fixtures, independent counts, store snapshots. */
public final class ImportTesting {

    private ImportTesting() {}

    /** {@code shared/data}, from the {@code entente.shared} property surefire sets. */
    public static Path sharedData() {
        String shared = System.getProperty("entente.shared", "../../shared");
        Path data = Path.of(shared, "data");
        if (!Files.isDirectory(data)) { // a test that needs the shared data fails without it, never skips
            throw new AssertionError("shared data not present at " + data.toAbsolutePath());
        }
        return data;
    }

    /** A file under {@code src/test/resources/fixtures}. */
    public static Path fixture(String name) {
        try {
            var url = ImportTesting.class.getResource("/fixtures/" + name);
            if (url == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Data lines of a CSV with a one-line header and no quoted line breaks, counted without any
     * CSV parsing: the non-blank lines, less the header.
     */
    public static long dataLines(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return r.lines().filter(l -> !l.isBlank()).count() - 1;
        }
    }

    /** Row counts of every table in the store, by name. */
    public static Map<String, Long> tableCounts(Store store) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'main' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            out.put(t, longValue(store, "SELECT count(*) FROM " + t));
        }
        return out;
    }

    public static long longValue(Store store, String sql, Object... params) throws SQLException {
        Object v = value(store, sql, params);
        return v == null ? -1 : ((Number) v).longValue();
    }

    /** The first column of the first row, or null if there is no row. */
    public static Object value(Store store, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** The rows of a query as lists of values, for whole-row comparisons. */
    public static List<List<Object>> rows(Store store, String sql, Object... params) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object o = rs.getObject(i);
                        row.add(o instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : o);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** {@code file} zipped as the single entry of {@code zip}. */
    public static Path zip(Path file, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, z);
            z.closeEntry();
        }
        return zip;
    }
}
