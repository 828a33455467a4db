package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded DuckDB store: one file, schema migrated on open.
 *
 * <p>Memory and threads are set explicitly because DuckDB otherwise takes 80% of RAM and every
 * core, which starves the JVM beside it on a small machine.
 */
public final class Store implements AutoCloseable {

    /**
     * Where the store lives unless {@code --db} names it: {@code $ENTENTE_DB}, else
     * {@code $XDG_DATA_HOME/entente/entente.duckdb}, else {@code $HOME/.entente/entente.duckdb}.
     * The environment decides, not Java's {@code user.home}, so {@code HOME=/tmp/x entente ...}
     * gets a store of its own, as it would with any other command-line tool.
     */
    public static Path defaultPath() {
        return defaultPath(System.getenv());
    }

    static Path defaultPath(java.util.Map<String, String> env) {
        String db = env.get("ENTENTE_DB");
        if (db != null && !db.isBlank()) {
            return Path.of(db);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "entente", "entente.duckdb");
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".entente", "entente.duckdb");
    }

    /** Whether every schema migration of this build has run on the store. */
    public boolean schemaIsCurrent() throws SQLException {
        try (Statement st = connection.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return false;
            }
        }
        return Migrations.currentVersion(connection) >= Migrations.ALL.get(Migrations.ALL.size() - 1).version();
    }

    private final Path path;
    private final Connection connection;

    private Store(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens (creating if needed) the store at {@code path} and brings its schema up to date. */
    public static Store open(Path path) throws SQLException {
        return open(path, StoreSettings.defaults());
    }

    public static Store open(Path path, StoreSettings settings) throws SQLException {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the directory for the store " + path + ": " + e.getMessage(), e);
        }
        Properties props = new Properties();
        props.setProperty("memory_limit", settings.memoryLimit());
        props.setProperty("threads", Integer.toString(settings.threads()));
        if (settings.readOnly()) {
            props.setProperty("duckdb.read_only", "true");
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), props);
        Store store = new Store(path, connection);
        if (!settings.readOnly()) {
            Migrations.apply(connection);
        }
        return store;
    }

    /** An in-memory store, for tests and for one-off computations. */
    public static Store inMemory() throws SQLException {
        Properties props = new Properties();
        StoreSettings settings = StoreSettings.defaults();
        props.setProperty("memory_limit", settings.memoryLimit());
        props.setProperty("threads", Integer.toString(settings.threads()));
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", props);
        Migrations.apply(connection);
        return new Store(Path.of(":memory:"), connection);
    }

    public Path path() {
        return path;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs {@code sql} as one statement; for DDL and settings, not for user input. */
    public void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
