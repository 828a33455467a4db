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
        return open(path, settings, new Properties());
    }

    /**
     * Opens the store read-only without taking DuckDB's write lock, so any number of readers (a
     * running {@code serve}, {@code sql}, {@code assess}) share it. The store is opened for
     * writing only when it is missing or its schema is behind this build's, to create or migrate
     * it; that needs the store to be free for a moment.
     */
    public static Store openReader(Path path) throws SQLException {
        return openReader(path, new Properties());
    }

    /**
     * {@link #openReader} for user-written SQL: DuckDB may read nothing but the store (no other
     * file, no network, no {@code COPY ... TO}, {@code EXPORT}, {@code ATTACH}, no extension
     * install or load), and the settings are locked so a query cannot turn any of it back on.
     */
    public static Store openLockedDown(Path path) throws SQLException {
        Properties locked = new Properties();
        locked.setProperty("enable_external_access", "false");
        locked.setProperty("autoinstall_known_extensions", "false");
        locked.setProperty("autoload_known_extensions", "false");
        locked.setProperty("allow_community_extensions", "false");
        locked.setProperty("lock_configuration", "true");
        return openReader(path, locked);
    }

    private static Store openReader(Path path, Properties extra) throws SQLException {
        StoreSettings settings = StoreSettings.defaults();
        if (!Files.exists(path)) {
            open(path, settings).close();
        }
        Store store = open(path, settings.asReadOnly(), extra);
        if (Migrations.isCurrent(store.connection)) {
            return store;
        }
        store.close();
        open(path, settings).close();
        return open(path, settings.asReadOnly(), extra);
    }

    private static Store open(Path path, StoreSettings settings, Properties extra) throws SQLException {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the directory for the store " + path + ": " + e.getMessage(), e);
        }
        Properties props = new Properties();
        props.putAll(extra);
        props.setProperty("memory_limit", settings.memoryLimit());
        props.setProperty("threads", Integer.toString(settings.threads()));
        if (settings.readOnly()) {
            props.setProperty("duckdb.read_only", "true");
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw StoreErrors.opening(path, settings.readOnly(), e);
        }
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
