package org.entente.store.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.store.Store;

/** Paths to the shared event files and the fixtures, and small store queries for the tests. */
final class EventTestData {

    private EventTestData() {}

    static Path events() {
        Path dir = Path.of(System.getProperty("entente.shared", "../../shared")).resolve("data/events");
        assumeTrue(Files.isDirectory(dir), "shared data not present: " + dir);
        return dir;
    }

    /** A fixture under src/test/resources/org/entente/store/events, copied to {@code dir}. */
    static Path fixture(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = EventTestData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            Files.copy(in, out);
        }
        return out;
    }

    /** {@code file} as the only entry of a new zip archive {@code name} in {@code dir}. */
    static Path zip(Path file, Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        return out;
    }

    static long count(Store s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of a query, each row's columns joined by '|', for comparing whole tables. */
    static List<String> rows(Store s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** Lines of a text file that are not blank. */
    static long nonBlankLines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    /** Columns of event that describe the event itself (not which dataset it came from). */
    static final String EVENT_COLUMNS = "line, origin, event_id, event_date, source_code, source_actor, source_country,"
            + " source_ccode, source_sectors, target_code, target_actor, target_country, target_ccode, target_sectors,"
            + " cameo_code, base_code, root_code, is_root_event, quad_class, goldstein, num_mentions, num_sources,"
            + " num_articles, num_events, avg_tone, event_text, action_place, action_country, action_lat, action_lon,"
            + " date_added, source_ref";
}
