package org.entente.store.cow;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.BadInputException;
import org.entente.source.HeadedCsv;
import org.entente.source.UniqueRows;
import org.entente.source.cow.TradeFlow;
import org.entente.source.cow.TradeFlowReader;
import org.entente.store.DuckDbCsv;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-trade}: COW Dyadic Trade, peacesciencer's 7-column layout or the official
 * 23-column {@code Dyadic_COW_4.0.csv}, into {@code trade_flow} (and the official file's further
 * columns into {@code trade_flow_official}). The official file states its version; for
 * peacesciencer's copy it is inferred from the last year (2014: 4.0).
 *
 * <p>Two ways in, chosen by measurement (README, "Import benchmark"): for a plain file DuckDB
 * parses the CSV itself inside the import's transaction ({@code INSERT ... SELECT ... FROM
 * read_csv}, explicit types, header checked first in Java), which is 2-3 times faster than
 * appending 673,654 rows from Java. If DuckDB rejects the file, or a value it accepted is out of
 * range, the file is re-read with {@link TradeFlowReader}, whose error names the file, line and
 * field. Zipped files, files with lines before the header and non-UTF-8 files are streamed
 * through the Java reader, as is everything when {@code ENTENTE_IMPORT_JAVA=1} (for the
 * benchmark).
 */
public final class TradeFlowLoader extends HeadedCsvLoader {

    /** As the Java reader: empty, R's NA and COW's -9 are missing. */
    private static final List<String> MISSING = List.of("", "NA", "-9");

    private static final List<String> FLOWS = List.of("flow1", "flow2", "smoothflow1", "smoothflow2");

    private static final List<String> OFFICIAL_DOUBLES = List.of("smoothtotrade", "bel_lux_alt_flow1",
            "bel_lux_alt_flow2", "china_alt_flow1", "china_alt_flow2");

    private static final List<String> OFFICIAL_CODES = List.of("spike1", "spike2", "dip1", "dip2", "trdspike",
            "tradedip", "source1", "source2");

    @Override
    public String kind() {
        return "cow-trade";
    }

    @Override
    public String description() {
        return "COW Dyadic Trade (Dyadic_COW_4.0.csv, or peacesciencer's 7-column copy)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "ccode1", "ccode2", "year") && (c.contains("flow1") || c.contains("smoothflow1"));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws IOException, SQLException {
        TradeFlowReader reader = new TradeFlowReader(csv); // checks the header: every column the layout needs
        boolean javaOnly = "1".equals(System.getenv("ENTENTE_IMPORT_JAVA"));
        Loaded loaded = !javaOnly && DuckDbCsv.usable(ctx, csv) ? viaDuckDb(ctx, csv, reader.official())
                : stream(ctx, reader);
        String version = loaded.stamp;
        if (!reader.official() && loaded.rows > 0) {
            version = Coverage.trade(loaded.lastYear);
            ctx.note(version == null
                    ? "the file has no version column and its last year (" + loaded.lastYear + ") matches no release"
                    : "Dyadic Trade version " + version + ", inferred from the last year covered (" + loaded.lastYear + ")");
            if (version != null) {
                try (PreparedStatement ps = ctx.prepare("UPDATE trade_flow SET version = ? WHERE dataset_id = ?")) {
                    ps.setString(1, version);
                    ps.setInt(2, ctx.datasetId());
                    ps.executeUpdate();
                }
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.trade(version)
                + (reader.official() ? "" : " As redistributed by peacesciencer: " + CowCitations.PEACESCIENCER));
        return loaded.rows;
    }

    private record Loaded(long rows, int lastYear, String stamp) {}

    /** Row by row through the Java reader and the appender. */
    private static Loaded stream(LoadContext ctx, TradeFlowReader reader) throws SQLException {
        int lastYear = Integer.MIN_VALUE;
        String stamp = null;
        long n = 0;
        UniqueRows unique = uniqueRows(ctx);
        try (DuckDBAppender app = ctx.appender("trade_flow");
                DuckDBAppender official = reader.official() ? ctx.appender("trade_flow_official") : null) {
            for (TradeFlow t = reader.read(); t != null; t = reader.read()) {
                unique.check(reader.line(), t.ccode1(), t.ccode2(), t.year());
                TradeFlow.Official o = t.official();
                app.beginRow().append(ctx.datasetId()).append(t.ccode1()).append(t.ccode2()).append(t.year())
                        .append(t.flow1()).append(t.flow2()).append(t.smoothflow1()).append(t.smoothflow2())
                        .append(o == null ? null : o.version()) // peacesciencer's: set once inferred
                        .endRow();
                if (o != null) {
                    official.beginRow().append(ctx.datasetId()).append(t.ccode1()).append(t.ccode2()).append(t.year())
                            .append(o.importer1()).append(o.importer2()).append(o.smoothtotrade())
                            .append(o.spike1()).append(o.spike2()).append(o.dip1()).append(o.dip2())
                            .append(o.trdspike()).append(o.tradedip()).append(o.belLuxAltFlow1())
                            .append(o.belLuxAltFlow2()).append(o.chinaAltFlow1()).append(o.chinaAltFlow2())
                            .append(o.source1()).append(o.source2()).endRow();
                    stamp = stamp == null ? o.version() : stamp;
                }
                lastYear = Math.max(lastYear, t.year());
                n++;
            }
        }
        return new Loaded(n, lastYear, stamp);
    }

    /**
     * DuckDB parses the file; the Java reader is used only to explain a failure. Every number is
     * read as DOUBLE and checked in the INSERT itself, because DuckDB's own cast would round
     * {@code 1816.5} to an INTEGER and take a negative or NaN flow, which the Java reader rejects;
     * DuckDB's {@code error()} aborts the statement so that the file is re-read for the line.
     */
    private static Loaded viaDuckDb(LoadContext ctx, HeadedCsv csv, boolean official) throws IOException, SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (String k : List.of("ccode1", "ccode2", "year")) {
            types.put(k, "DOUBLE");
        }
        FLOWS.forEach(c -> types.put(c, "DOUBLE"));
        if (official) {
            OFFICIAL_DOUBLES.forEach(c -> types.put(c, "DOUBLE"));
            OFFICIAL_CODES.forEach(c -> types.put(c, "DOUBLE"));
        }
        String source = DuckDbCsv.readCsv(ctx, csv, types, MISSING);
        String key = integer(csv, "ccode1") + ", " + integer(csv, "ccode2") + ", " + integer(csv, "year");
        long rows;
        try (Statement st = ctx.connection().createStatement()) {
            rows = st.executeUpdate("INSERT INTO trade_flow SELECT " + ctx.datasetId() + ", " + key + ", "
                    + String.join(", ", FLOWS.stream().map(f -> flow(csv, f)).toList()) + ", "
                    + (official ? DuckDbCsv.column(csv, "version") : "NULL") + " FROM " + source);
            if (official) {
                st.executeUpdate("INSERT INTO trade_flow_official SELECT " + ctx.datasetId() + ", " + key + ", "
                        + DuckDbCsv.column(csv, "importer1") + ", " + DuckDbCsv.column(csv, "importer2") + ", "
                        + flow(csv, "smoothtotrade") + ", "
                        + String.join(", ", OFFICIAL_CODES.subList(0, 6).stream().map(c -> integerOrNull(csv, c)).toList())
                        + ", " + String.join(", ", OFFICIAL_DOUBLES.subList(1, 5).stream().map(c -> flow(csv, c)).toList())
                        + ", " + integerOrNull(csv, "source1") + ", " + integerOrNull(csv, "source2") + " FROM " + source);
            }
        } catch (SQLException e) {
            throw explain(ctx, e);
        }
        // what the Java reader refuses row by row, checked over the whole table; explain() finds the line
        try (PreparedStatement ps = ctx.prepare("SELECT (SELECT count(*) FROM (SELECT 1 FROM trade_flow"
                + " WHERE dataset_id = ? GROUP BY ccode1, ccode2, year HAVING count(*) > 1)),"
                + " count(*) FILTER (WHERE year < 1816 OR year > year(current_date) + ?) FROM trade_flow WHERE dataset_id = ?")) {
            ps.setInt(1, ctx.datasetId());
            ps.setInt(2, HeadedCsv.YEARS_AHEAD);
            ps.setInt(3, ctx.datasetId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0 || rs.getLong(2) > 0) {
                    throw explain(ctx, new SQLException("the file has " + rs.getLong(1) + " repeated dyad-years and "
                            + rs.getLong(2) + " years outside the dataset's range"));
                }
            }
        }
        try (PreparedStatement ps = ctx.prepare(
                "SELECT max(year), any_value(version) FROM trade_flow WHERE dataset_id = ?")) {
            ps.setInt(1, ctx.datasetId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Loaded(rows, rows == 0 ? Integer.MIN_VALUE : rs.getInt(1), rs.getString(2));
            }
        }
    }

    private static UniqueRows uniqueRows(LoadContext ctx) {
        return new UniqueRows(ctx.file(), "ccode1, ccode2, year");
    }

    /** A required whole number, read as DOUBLE. */
    private static String integer(HeadedCsv csv, String name) {
        String c = DuckDbCsv.column(csv, name);
        return "CASE WHEN " + c + " = trunc(" + c + ") AND abs(" + c + ") <= 2147483647 THEN CAST(" + c
                + " AS INTEGER) ELSE error('" + name + " is not an integer') END";
    }

    /** A whole number or NULL. */
    private static String integerOrNull(HeadedCsv csv, String name) {
        String c = DuckDbCsv.column(csv, name);
        return "CASE WHEN " + c + " IS NULL THEN NULL ELSE " + integer(csv, name) + " END";
    }

    /** A flow: NULL, or a finite number of 0 or more. */
    private static String flow(HeadedCsv csv, String name) {
        String c = DuckDbCsv.column(csv, name);
        return "CASE WHEN " + c + " IS NULL OR (" + c + " >= 0 AND NOT isnan(" + c + ") AND NOT isinf(" + c
                + ")) THEN " + c + " ELSE error('" + name + " is not a flow') END";
    }

    /**
     * Re-reads the file with the Java reader to find the first bad line and field. If the Java
     * reader finds nothing wrong, reports DuckDB's own message.
     */
    private static BadInputException explain(LoadContext ctx, SQLException duckdb) throws IOException {
        InputStream in = ctx.openStream();
        try (HeadedCsv again = HeadedCsv.open(ctx.file(), in, HeadedCsv.charsetOf(ctx.head()))) {
            TradeFlowReader reader = new TradeFlowReader(again);
            UniqueRows unique = uniqueRows(ctx);
            for (TradeFlow t = reader.read(); t != null; t = reader.read()) {
                // the reader throws BadInputException at the first malformed row, the check at the first repeated one
                unique.check(reader.line(), t.ccode1(), t.ccode2(), t.year());
            }
        }
        String why = duckdb.getMessage().lines().findFirst().orElse("DuckDB could not read the file");
        return new BadInputException(ctx.file(), 0, null, why, duckdb);
    }
}
