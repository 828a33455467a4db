package org.entente.measure.panel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.entente.store.Store;
import org.junit.jupiter.api.Test;

class ScratchTest {
    static void time(Statement st, String label, String sql) throws Exception {
        long t0 = System.nanoTime();
        boolean r = st.execute(sql);
        String out = "";
        if (r) { try (ResultSet rs = st.getResultSet()) { rs.next(); out = rs.getString(1); } }
        System.out.printf("%-30s %.2fs %s%n", label, (System.nanoTime() - t0) / 1e9, out);
    }
    @Test
    void scratch() throws Exception {
        try (Store s = Store.inMemory(); Statement st = s.connection().createStatement()) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), SharedDataFixture.dataDir());
            f.cow(); f.atopDyads(); f.tivTables();
            Panel p = DyadYears.prepare(s.connection(), PanelRequest.all(), DyadFeature.parse(System.getProperty("with", "all")), false);
            Files.writeString(Path.of("/tmp/scratch/query.sql"), p.query());
            String noOrder = p.query().substring(0, p.query().lastIndexOf("ORDER BY"));
            time(st, "count", "SELECT count(*) FROM (" + noOrder + ")");
            time(st, "sum(hash)", "SELECT sum(hash(COLUMNS(*))) FROM (" + noOrder + ")");
            time(st, "ctas noorder", "CREATE OR REPLACE TEMP TABLE x AS " + noOrder);
            time(st, "ctas order", "CREATE OR REPLACE TEMP TABLE x AS " + p.query());
            time(st, "parquet from table", "COPY x TO '/tmp/scratch/x.parquet' (FORMAT parquet)");
            time(st, "parquet zstd from table", "COPY x TO '/tmp/scratch/x.parquet' (FORMAT parquet, COMPRESSION zstd)");
            time(st, "parquet noorder", "COPY (" + noOrder + ") TO '/tmp/scratch/x.parquet' (FORMAT parquet)");
            time(st, "parquet full", "COPY (" + p.query() + ") TO '/tmp/scratch/x.parquet' (FORMAT parquet)");
        }
    }
}
