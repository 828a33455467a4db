package org.entente.cli;

import java.nio.file.Path;
import java.sql.SQLException;

import org.entente.store.Store;

import picocli.CommandLine.Option;

/** {@code --db PATH}, shared by every command that reads or writes the store. */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "DuckDB store file (default: $ENTENTE_DB or ~/.entente/entente.duckdb).")
    Path db;

    public Path path() {
        return db != null ? db : Store.defaultPath();
    }

    /** Opens the store for writing, creating it if needed. */
    public Store open() throws SQLException {
        return Store.open(path());
    }

    /** Opens the store read-only, beside other readers; a store that does not exist yet is created empty first. */
    public Store openReadOnly() throws SQLException {
        return Store.openReader(path());
    }

    /** {@link #openReadOnly()} for user-written SQL: no file, network or extension access (see {@link Store#openLockedDown}). */
    public Store openLockedDown() throws SQLException {
        return Store.openLockedDown(path());
    }
}
