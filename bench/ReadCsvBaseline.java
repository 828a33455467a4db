import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The baseline for bench/import-bench.sh: plain DuckDB reading a CSV file into a table with
 * read_csv, nothing else (no checks, no provenance, no per-row Java). Same DuckDB version and
 * the same memory and thread settings as the Entente store.
 *
 * Usage: java -cp duckdb_jdbc.jar:DIR ReadCsvBaseline DB FILE trade|sipri
 * Prints the rows loaded and the in-process seconds; the script times the whole process.
 */
public final class ReadCsvBaseline {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        String file = args[1].replace("'", "''");
        String layout = args[2];
        Properties props = new Properties();
        props.setProperty("memory_limit", System.getenv().getOrDefault("ENTENTE_MEMORY_LIMIT", "4GB"));
        props.setProperty("threads", System.getenv().getOrDefault("ENTENTE_THREADS",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, props);
                Statement st = c.createStatement()) {
            String sql = switch (layout) {
                // explicit types, as the trade loader declares them
                case "trade" -> "CREATE TABLE t AS SELECT * FROM read_csv('" + file + "', header = true, columns = {"
                        + "'ccode1': 'INTEGER', 'ccode2': 'INTEGER', 'year': 'INTEGER', 'flow1': 'DOUBLE', "
                        + "'flow2': 'DOUBLE', 'smoothflow1': 'DOUBLE', 'smoothflow2': 'DOUBLE'})";
                // SIPRI's register: 11 preamble lines, Latin-1, some rows short of trailing fields and not
                // strictly RFC 4180; all columns read as text (what a loader would then have to parse)
                case "sipri" -> "CREATE TABLE t AS SELECT * FROM read_csv('" + file + "', skip = 11, header = true, "
                        + "delim = ',', quote = '\"', encoding = 'latin-1', all_varchar = true, null_padding = true, "
                        + "strict_mode = false)";
                default -> throw new IllegalArgumentException("layout must be trade or sipri");
            };
            st.execute(sql);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                System.out.printf("%d rows in %.3f s%n", rs.getLong(1), (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
