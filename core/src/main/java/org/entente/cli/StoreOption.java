package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.entente.store.Store;
import org.entente.store.pack.BundledData;
import org.entente.store.pack.DataPack;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db PATH} and {@code --no-pack}, shared by every command that reads or writes the store.
 * The first command to open a store loads the bundled data pack into it, so a fresh install
 * computes from real data.
 */
public final class StoreOption {

    /** Set to {@code off} to keep the pack out of new stores (the unit tests do: they build their own). */
    static final String PACK_PROPERTY = "entente.pack";

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--db", paramLabel = "PATH",
            description = "DuckDB store file. Default: $ENTENTE_DB, else entente.duckdb in $XDG_DATA_HOME/entente or ~/.entente")
    Path db;

    @Option(names = "--no-pack",
            description = "Do not load the bundled data pack (COW, ATOP, SIPRI, CAMEO) into a store that lacks it.")
    boolean noPack;

    public Path path() {
        return db != null ? db : Store.defaultPath();
    }

    private boolean withPack() {
        return !noPack && !"off".equals(System.getProperty(PACK_PROPERTY));
    }

    private PrintWriter log() {
        return command != null ? command.commandLine().getErr() : new PrintWriter(System.err, true);
    }

    /** Opens the store for writing, creating it (with the bundled pack) if needed. */
    public Store open() throws Exception {
        Path p = path();
        BundledData.prepare(p, withPack() ? DataPack.bundled() : null, log());
        return Store.open(p);
    }

    /** Opens the store read-only, beside other readers; a new store is created and given the bundled pack first. */
    public Store openReadOnly() throws Exception {
        return BundledData.openForReading(path(), withPack(), false, log());
    }

    /** {@link #openReadOnly()} for user-written SQL: no file, network or extension access (see {@link Store#openLockedDown}). */
    public Store openLockedDown() throws Exception {
        return BundledData.openForReading(path(), withPack(), true, log());
    }
}
