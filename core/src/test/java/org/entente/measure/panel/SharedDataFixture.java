package org.entente.measure.panel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.entente.store.Importer;
import org.entente.store.Store;

/**
 * Loads the real files in {@code ../shared/data} into a store through Entente's own importers,
 * so the panel tests and the benchmark run on exactly what a user's {@code entente import} gives.
 */
public final class SharedDataFixture {

    private final Importer importer;
    private final Path data;

    public SharedDataFixture(Connection c, Path data) {
        this.importer = new Importer(c);
        this.data = data;
    }

    /** {@code ../shared/data}, as surefire passes it; skips the test if the folder is absent. */
    public static Path dataDir() {
        String shared = System.getProperty("entente.shared", "../shared");
        Path data = Path.of(shared, "data");
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data);
        return data;
    }

    /** COW: states, system, majors, NMC v6, contiguity, capitals, trade. */
    public SharedDataFixture cow() throws Exception {
        states();
        system();
        majors();
        nmc6();
        contiguity();
        capitals();
        trade();
        return this;
    }

    public int states() throws Exception {
        return load("cow/states2016.csv");
    }

    public int system() throws Exception {
        return load("cow/system2016.csv");
    }

    public int majors() throws Exception {
        return load("cow/majors2016.csv");
    }

    public int nmc6() throws Exception {
        return load("cow/NMC-60-abridged.csv");
    }

    public int nmc7() throws Exception {
        return load("cow/nmc-7.0-peacesciencer.csv");
    }

    public int contiguity() throws Exception {
        return load("cow/contdir-3.2-peacesciencer.csv");
    }

    public int capitals() throws Exception {
        return load("cow/capitals-peacesciencer.csv");
    }

    public int trade() throws Exception {
        return load("cow/trade-dyadic-4.0-peacesciencer.csv");
    }

    /** The ATOP 5.1 directed dyad-year file (peacesciencer's layout). */
    public int atopDyads() throws Exception {
        return load("atop/atop5_1ddyr-peacesciencer.csv");
    }

    /** The ATOP 5.1 member-level file. */
    public int atopMembers() throws Exception {
        return load("atop/atop5_1m.csv");
    }

    /** Every SIPRI TIV export table; returns the number of flows loaded. */
    public long tivTables() throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(data.resolve("sipri/tiv-exports-2022"), "*.csv")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        long rows = 0;
        for (Path f : files) {
            rows += importer.importFile(f, null).rows();
        }
        return rows;
    }

    private int load(String relative) throws IOException, SQLException {
        return importer.importFile(data.resolve(relative), null).datasetId();
    }

    /**
     * Fills a store file for the benchmark: {@code SharedDataFixture STORE DATA_DIR}. Loads COW
     * (NMC v6), the ATOP directed dyad-years and the SIPRI TIV tables.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SharedDataFixture STORE.duckdb SHARED_DATA_DIR");
            System.exit(2);
        }
        try (Store s = Store.open(Path.of(args[0]))) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), Path.of(args[1]));
            f.cow();
            f.atopDyads();
            f.tivTables();
        }
    }
}
