import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Baseline for bench/events-import-bench.sh: plain DuckDB reading a raw GDELT export (tab-separated,
 * no header, no quoting) into a table with read_csv and its own type detection; no checks, no
 * country resolution, no provenance, no per-row Java. Same DuckDB jar and memory/thread settings
 * as the Entente store.
 *
 * Usage: java -cp duckdb_jdbc.jar:DIR EventsReadCsvBaseline DB FILE
 */
public final class EventsReadCsvBaseline {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        String file = args[1].replace("'", "''");
        Properties props = new Properties();
        props.setProperty("memory_limit", System.getenv().getOrDefault("ENTENTE_MEMORY_LIMIT", "4GB"));
        props.setProperty("threads", System.getenv().getOrDefault("ENTENTE_THREADS",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, props);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file
                    + "', delim = '\\t', header = false, quote = '', escape = '')");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                System.out.printf("%d rows in %.3f s%n", rs.getLong(1), (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
