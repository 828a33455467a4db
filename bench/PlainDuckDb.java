import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The baseline of bench/events-bench.sh: runs the plain DuckDB query of bench/events-plain.sql (the
 * same monthly dyad aggregation written by hand, with none of Entente's checks or accounting) with
 * the settings the DuckDB engine uses, and nothing else: only the DuckDB jar on the classpath, no
 * Entente classes. The script compiles it once, before any timing:
 * {@code javac -d DIR bench/PlainDuckDb.java}, then
 * {@code java -cp duckdb_jdbc.jar:DIR PlainDuckDb QUERY.sql COUNTRIES.csv OUT.parquet FILE_OR_GLOB...}.
 */
public final class PlainDuckDb {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PlainDuckDb QUERY.sql COUNTRIES.csv OUT.parquet FILE_OR_GLOB...");
            System.exit(2);
        }
        String files = Arrays.stream(args, 3, args.length).map(PlainDuckDb::lit).collect(Collectors.joining(", ", "[", "]"));
        String sql = Files.readString(Path.of(args[0]))
                .replace("{{files}}", files)
                .replace("{{countries}}", args[1].replace("'", "''"))
                .replace("{{out}}", args[2].replace("'", "''"));
        Properties p = new Properties();
        p.setProperty("memory_limit", System.getenv().getOrDefault("ENTENTE_MEMORY_LIMIT", "4GB"));
        p.setProperty("threads", System.getenv().getOrDefault("ENTENTE_THREADS",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        p.setProperty("preserve_insertion_order", "false");
        Path spill = Files.createTempDirectory("plain-duckdb-");
        p.setProperty("temp_directory", spill.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p); Statement st = c.createStatement()) {
            st.execute(sql);
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    private static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
