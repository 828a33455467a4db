package org.entente.measure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.entente.source.CountryResolver;
import org.entente.source.rawevents.RawEventFiles;
import org.entente.source.rawevents.RawEventLayout;
import org.entente.source.rawevents.RawEventReader;
import org.entente.source.rawevents.RawEventRules;
import org.entente.store.Progress;
import org.entente.store.StoreSettings;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;

/**
 * The aggregation on DuckDB: DuckDB reads the raw files itself ({@code read_csv}, every column as
 * text, in parallel), so rows never pass through the JVM and memory stays within DuckDB's limit,
 * spilling to disk beyond it. Zip archives are the exception: DuckDB cannot read them, so their
 * entries are first streamed to a staging directory, which costs their unzipped size on disk.
 *
 * <p>Line-level problems are found twice over, and agree: DuckDB's reader rejects lines with the
 * wrong number of columns ({@code store_rejects}), and {@link RawEventRules#duckDbValid} flags bad
 * values. Only for the (rare) files that have malformed lines is the file read again in Java to
 * name the first such line, exactly as the Spark engine names it.
 */
public final class DuckDbAggregation implements AggregationEngine {

    private final StoreSettings settings;

    public DuckDbAggregation(StoreSettings settings) {
        this.settings = settings;
    }

    /** A file DuckDB reads: a path on disk and the label messages use for it. */
    record Source(Path path, String label, RawEventLayout layout) {}

    @Override
    public AggregateSummary aggregate(AggregateRequest r) throws Exception {
        if (r.out().contains("://")) {
            throw new IllegalArgumentException("the DuckDB engine writes to a local directory, not " + r.out());
        }
        CountryResolver resolver = r.countryFiles().isEmpty() ? CountryResolver.shared()
                : CountryResolver.withExtraFiles(r.countryFiles());
        Path staging = Files.createTempDirectory("entente-events-");
        try {
            List<Source> sources = stage(RawEventFiles.expand(r.inputs()), staging);
            Properties props = new Properties();
            props.setProperty("memory_limit", settings.memoryLimit());
            props.setProperty("threads", Integer.toString(settings.threads()));
            props.setProperty("temp_directory", staging.resolve("spill").toString());
            props.setProperty("preserve_insertion_order", "false");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props)) {
                return run(c, r, sources, CountryTable.of(resolver));
            }
        } finally {
            deleteTree(staging);
        }
    }

    private AggregateSummary run(Connection c, AggregateRequest r, List<Source> sources, CountryTable countries)
            throws SQLException, IOException {
        loadCountries(c, countries);
        Map<RawEventLayout, List<Source>> groups = sources.stream()
                .collect(Collectors.groupingBy(Source::layout, LinkedHashMap::new, Collectors.toList()));
        List<String> scans = new ArrayList<>();
        int i = 0;
        for (Map.Entry<RawEventLayout, List<Source>> g : groups.entrySet()) {
            scans.add(parsedSql(g.getKey(), g.getValue(), i++));
        }
        execute(c, "CREATE TEMP VIEW parsed AS\n" + String.join("\nUNION ALL\n", scans));
        execute(c, "CREATE TEMP VIEW deduped AS\n" + DyadPeriodSql.dedup());
        try (Progress bar = Progress.forTerminal("aggregating", 100, "%")) {
            executeWithProgress(c, "CREATE TEMP TABLE cells AS\n" + DyadPeriodSql.cells(r), bar);
        }

        AggregateSummary summary = AggregateSummary.collect("duckdb", r, sql -> rows(c, sql));
        summary = summary.withMalformedFiles(malformed(c, summary, sources, groups.size()));
        if (r.strict() && summary.malformed() > 0) {
            throw summary.strictFailure();
        }
        write(c, r, summary);
        return summary;
    }

    /**
     * Runs one long statement while a daemon thread reads DuckDB's progress into a bar on stderr;
     * only when a person watches a terminal ({@link Progress#forTerminal}), so piped output stays clean.
     */
    private static void executeWithProgress(Connection c, String sql, Progress bar) throws SQLException {
        if (bar == Progress.SILENT) {
            execute(c, sql);
            return;
        }
        execute(c, "SET enable_progress_bar = true");
        execute(c, "SET enable_progress_bar_print = false");
        try (Statement st = c.createStatement()) {
            DuckDBPreparedStatement ds = st.unwrap(DuckDBPreparedStatement.class);
            Thread poll = new Thread(() -> {
                long shown = 0;
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(500);
                        long pct = (long) ds.getQueryProgress().getPercentage();
                        if (pct > shown) {
                            bar.advance(pct - shown);
                            shown = pct;
                        }
                    }
                } catch (InterruptedException | SQLException e) {
                    // the statement finished, or progress is not available: the bar just stops
                }
            }, "duckdb-progress");
            poll.setDaemon(true);
            poll.start();
            try {
                st.execute(sql);
            } finally {
                poll.interrupt();
            }
        }
    }

    /** Unzips archives into {@code staging} and recognises each file's layout from its first line. */
    static List<Source> stage(List<Path> files, Path staging) throws IOException {
        List<Source> out = new ArrayList<>();
        int[] n = {0};
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file)) {
                RawEventFiles.forEachEntry(file.toString(), raw, (label, in) -> {
                    Path path = file;
                    if (!label.equals(file.toString())) {
                        path = staging.resolve("entry-" + (n[0]++) + ".txt");
                        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    }
                    out.add(new Source(path, label, layoutOf(path, label)));
                });
            }
        }
        return out;
    }

    private static RawEventLayout layoutOf(Path path, String label) throws IOException {
        try (RawEventReader reader = new RawEventReader(label, Files.newInputStream(path))) {
            return reader.layout();
        }
    }

    /** The mapping through DuckDB's appender: a batch of prepared inserts took 0.1-0.3 s for its few hundred rows. */
    private static void loadCountries(Connection c, CountryTable t) throws SQLException {
        execute(c, "CREATE TEMP TABLE countries (scheme VARCHAR, name_key VARCHAR, ccode INTEGER, kind VARCHAR)");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "countries")) {
            for (CountryTable.Row row : t.rows()) {
                a.beginRow().append(row.scheme()).append(row.nameKey());
                if (row.ccode() == null) {
                    a.appendNull();
                } else {
                    a.append(row.ccode().intValue());
                }
                a.append(row.kind()).endRow();
            }
        }
    }

    /** One {@code read_csv} over every file of one layout, projected onto the {@code parsed} columns. */
    static String parsedSql(RawEventLayout layout, List<Source> files, int group) {
        List<String> names = layout.columnNames();
        String columns = names.stream().map(n -> lit(n) + ": 'VARCHAR'").collect(Collectors.joining(", ", "{", "}"));
        String paths = files.stream().map(f -> lit(f.path().toString())).collect(Collectors.joining(", ", "[", "]"));
        String nulls = layout.nullStrings().stream().map(DuckDbAggregation::lit).collect(Collectors.joining(", ", "[", "]"));
        String quote = layout.quoted() ? "'\"'" : "''";
        String read = "read_csv(" + paths + ", columns = " + columns + ", delim = " + lit(String.valueOf(layout.delimiter()))
                + ", quote = " + quote + ", escape = " + quote + ", header = " + layout.header()
                + ", nullstr = " + nulls + ", auto_detect = false, strict_mode = true, filename = true"
                + ", store_rejects = true, rejects_table = 'rejects_errors_" + group + "', rejects_scan = 'rejects_scans_"
                + group + "')";
        String select;
        if (layout.family() == RawEventLayout.Family.ICEWS) {
            String date = RawEventRules.q("Event Date");
            String root = "TRY_CAST(substr(" + RawEventRules.q("CAMEO Code") + ", 1, 2) AS INTEGER)";
            select = """
                    CASE WHEN ok THEN TRY_CAST("Event ID" AS BIGINT) END AS id,
                    CASE WHEN ok THEN NULL ELSE filename END AS bad_file,
                    CAST(NULL AS BIGINT) AS bad_line, CAST(NULL AS VARCHAR) AS bad_problem, CAST(NULL AS VARCHAR) AS bad_text,
                    CASE WHEN ok THEN TRY_CAST(substr(%1$s, 1, 4) AS INTEGER) END AS year,
                    CASE WHEN ok THEN TRY_CAST(substr(%1$s, 6, 2) AS INTEGER) END AS month,
                    TRUE AS is_root,
                    CASE WHEN NOT ok THEN NULL WHEN %2$s <= 5 THEN 1 WHEN %2$s <= 9 THEN 2 WHEN %2$s <= 14 THEN 3 ELSE 4 END AS quad,
                    CASE WHEN ok THEN CAST(CAST("Intensity" AS DECIMAL(18,3)) * 1000 AS BIGINT) END AS g_milli,
                    CAST(NULL AS BIGINT) AS mentions,
                    CAST(NULL AS BIGINT) AS tone_micro,
                    "Source Country" AS src_code,
                    "Target Country" AS tgt_code""".formatted(date, root);
        } else {
            select = """
                    CASE WHEN ok THEN TRY_CAST("GLOBALEVENTID" AS BIGINT) END AS id,
                    CASE WHEN ok THEN NULL ELSE filename END AS bad_file,
                    CAST(NULL AS BIGINT) AS bad_line, CAST(NULL AS VARCHAR) AS bad_problem, CAST(NULL AS VARCHAR) AS bad_text,
                    CASE WHEN ok THEN TRY_CAST(substr("SQLDATE", 1, 4) AS INTEGER) END AS year,
                    CASE WHEN ok THEN TRY_CAST(substr("SQLDATE", 5, 2) AS INTEGER) END AS month,
                    CASE WHEN ok THEN "IsRootEvent" = '1' END AS is_root,
                    CASE WHEN ok THEN TRY_CAST("QuadClass" AS INTEGER) END AS quad,
                    CASE WHEN ok THEN CAST(CAST("GoldsteinScale" AS DECIMAL(18,3)) * 1000 AS BIGINT) END AS g_milli,
                    CASE WHEN ok THEN TRY_CAST("NumMentions" AS BIGINT) END AS mentions,
                    CASE WHEN ok THEN CAST(CAST("AvgTone" AS DECIMAL(18,6)) * 1000000 AS BIGINT) END AS tone_micro,
                    "Actor1CountryCode" AS src_code,
                    "Actor2CountryCode" AS tgt_code""";
        }
        return "SELECT " + lit(layout.origin()) + " AS origin, " + lit(layout.countryScheme()) + " AS scheme,\n"
                + select + "\nFROM (SELECT *, " + RawEventRules.duckDbValid(layout) + " AS ok\n      FROM " + read + ")";
    }

    /**
     * Malformed lines per file: those DuckDB's reader rejected (wrong column count) plus those whose
     * values broke a rule; then, for each such file, the first malformed line as Java finds it.
     */
    private static List<AggregateSummary.MalformedFile> malformed(Connection c, AggregateSummary s, List<Source> sources,
            int groups) throws SQLException, IOException {
        Map<String, Source> byPath = new HashMap<>();
        for (Source src : sources) {
            byPath.put(src.path().toString(), src);
        }
        Map<Source, Long> counts = new LinkedHashMap<>();
        for (AggregateSummary.MalformedFile f : s.malformedFiles()) {
            counts.merge(byPath.get(f.file()), f.lines(), Long::sum);
        }
        for (int g = 0; g < groups; g++) {
            for (List<Object> row : rows(c, "SELECT s.file_path, count(DISTINCT e.line) FROM rejects_errors_" + g
                    + " e JOIN rejects_scans_" + g + " s ON e.scan_id = s.scan_id AND e.file_id = s.file_id"
                    + " GROUP BY s.file_path")) {
                counts.merge(byPath.get((String) row.get(0)), ((Number) row.get(1)).longValue(), Long::sum);
            }
        }
        List<AggregateSummary.MalformedFile> out = new ArrayList<>();
        for (Map.Entry<Source, Long> e : counts.entrySet()) {
            Source src = e.getKey();
            RawEventReader.Item first = firstMalformed(src);
            out.add(first == null
                    ? new AggregateSummary.MalformedFile(src.label(), e.getValue(), 0, "rejected by DuckDB's reader", null)
                    : new AggregateSummary.MalformedFile(src.label(), e.getValue(), first.line(), first.problem(), first.text()));
        }
        out.sort(Comparator.comparing(AggregateSummary.MalformedFile::file));
        return out;
    }

    private static RawEventReader.Item firstMalformed(Source src) throws IOException {
        try (RawEventReader reader = new RawEventReader(src.label(), Files.newInputStream(src.path()))) {
            while (reader.hasNext()) {
                RawEventReader.Item item = reader.next();
                if (item.malformed()) {
                    return item;
                }
            }
        }
        return null;
    }

    private static void write(Connection c, AggregateRequest r, AggregateSummary summary) throws SQLException, IOException {
        Path out = Path.of(r.out());
        Files.createDirectories(out);
        Path target = out.resolve(AggregateRequest.SERIES_DIR);
        Path tmp = out.resolve(AggregateRequest.SERIES_DIR + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        boolean csv = r.format() == AggregateRequest.OutputFormat.CSV;
        Path file = tmp.resolve(csv ? "part-0.csv" : "part-0.parquet");
        execute(c, "COPY (" + DyadPeriodSql.series() + " ORDER BY " + DyadPeriodSql.SERIES_ORDER + ") TO "
                + lit(file.toString()) + (csv ? " (FORMAT csv, HEADER true)" : " (FORMAT parquet)"));
        deleteTree(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        try (OutputStream os = Files.newOutputStream(out.resolve(AggregateRequest.SUMMARY_FILE))) {
            summary.writeJson(os);
        }
    }

    static List<List<Object>> rows(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof java.math.BigInteger b ? b.longValueExact() : o);
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
