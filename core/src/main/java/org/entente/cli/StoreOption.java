package org.entente.cli;

import java.nio.file.Path;
import java.sql.SQLException;

import org.entente.store.Store;
import org.entente.store.StoreSettings;

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

    /** Opens the store read-only; a store that does not exist yet is created empty first. */
    public Store openReadOnly() throws SQLException {
        Path p = path();
        // create the store, or bring an older one's schema up to date, before the read-only open
        Store.open(p).close();
        return Store.open(p, StoreSettings.defaults().asReadOnly());
    }
}
