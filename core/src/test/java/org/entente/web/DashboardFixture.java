package org.entente.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.report.StoreFixture;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Store;
import org.entente.store.StoreSettings;

/**
 * A dashboard on a store file filled by hand (then opened read-only, as {@code entente serve} does)
 * with the built-in case and the markup-laden test case.
 */
final class DashboardFixture implements AutoCloseable {

    static final Path HOSTILE = Path.of("src/test/resources/org/entente/report/hostile-case.yaml");

    final Path dir;
    final Store store;
    final DashboardServer server;

    DashboardFixture() throws Exception {
        dir = Files.createTempDirectory("entente-dashboard-");
        Path db = dir.resolve("store.duckdb");
        try (Store s = Store.open(db)) {
            StoreFixture.fill(s);
        }
        store = Store.open(db, StoreSettings.defaults().asReadOnly());
        server = DashboardServer.start(new DashboardData(store, List.of(CaseReader.builtIn("russia-china-2001"),
                CaseReader.read(HOSTILE))), "127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() throws Exception {
        server.close();
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
