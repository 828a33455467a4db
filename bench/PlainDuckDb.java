import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's baseline: the same monthly dyad aggregation written as one plain DuckDB query, as
 * a DuckDB user would write it by hand (typed read_csv, DISTINCT ON for duplicate ids, a join to the
 * country mapping), with none of Entente's checks, accounting or summary. Run with
 * {@code java -cp duckdb_jdbc.jar bench/PlainDuckDb.java DATA_DIR COUNTRIES_CSV OUT_PARQUET}.
 */
public class PlainDuckDb {
    public static void main(String[] args) throws Exception {
        String glob = args[0] + "/*.export.CSV";
        String countries = args[1];
        String out = args[2];
        List<String> names = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                names.add(a + f);
            }
        }
        names.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
                names.add(g + "_" + f);
            }
        }
        names.addAll(List.of("DATEADDED", "SOURCEURL"));
        StringBuilder cols = new StringBuilder("{");
        for (String n : names) {
            String type = switch (n) {
                case "GLOBALEVENTID" -> "BIGINT";
                case "SQLDATE" -> "DATE";
                case "QuadClass" -> "INTEGER";
                case "GoldsteinScale", "AvgTone" -> "DOUBLE";
                case "NumMentions" -> "BIGINT";
                default -> "VARCHAR";
            };
            cols.append(cols.length() > 1 ? ", " : "").append("'").append(n).append("': '").append(type).append("'");
        }
        cols.append("}");
        String sql = """
            COPY (
              WITH raw AS (
                SELECT GLOBALEVENTID, SQLDATE, Actor1CountryCode, Actor2CountryCode, QuadClass, GoldsteinScale,
                       NumMentions, AvgTone
                FROM read_csv('%s', delim = '\t', header = false, quote = '', escape = '', auto_detect = false,
                              dateformat = '%%Y%%m%%d', columns = %s, ignore_errors = true)
              ),
              dedup AS (SELECT DISTINCT ON (GLOBALEVENTID) * FROM raw),
              c AS (SELECT name, ccode FROM read_csv('%s', comment = '#', header = true)
                    WHERE scheme = 'cameo' AND kind = 'state')
              SELECT s.ccode AS source_ccode, t.ccode AS target_ccode, strftime(SQLDATE, '%%Y-%%m') AS period,
                     count(*) AS events,
                     count(*) FILTER (WHERE QuadClass = 1) AS verbal_coop,
                     count(*) FILTER (WHERE QuadClass = 2) AS material_coop,
                     count(*) FILTER (WHERE QuadClass = 3) AS verbal_conflict,
                     count(*) FILTER (WHERE QuadClass = 4) AS material_conflict,
                     sum(GoldsteinScale) AS goldstein_sum, avg(GoldsteinScale) AS goldstein_mean,
                     sum(GoldsteinScale * NumMentions) / sum(NumMentions) AS goldstein_mentions_weighted,
                     sum(NumMentions) AS mentions, avg(AvgTone) AS avg_tone
              FROM dedup JOIN c s ON s.name = Actor1CountryCode JOIN c t ON t.name = Actor2CountryCode
              WHERE s.ccode <> t.ccode
              GROUP BY ALL
              ORDER BY 1, 2, 3
            ) TO '%s' (FORMAT parquet)
            """.formatted(glob, cols, countries, out);
        Properties p = new Properties();
        p.setProperty("memory_limit", System.getenv().getOrDefault("ENTENTE_MEMORY_LIMIT", "4GB"));
        p.setProperty("threads", System.getenv().getOrDefault("ENTENTE_THREADS",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        p.setProperty("preserve_insertion_order", "false");
        Path spill = Files.createTempDirectory("plain-duckdb-");
        p.setProperty("temp_directory", spill.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
