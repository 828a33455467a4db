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
        if (r) { try (ResultSet rs = st.getResultSet()) { while (rs.next()) out += rs.getString(rs.getMetaData().getColumnCount()) + "\n"; } }
        System.out.printf("%-30s %.2fs %s%n", label, (System.nanoTime() - t0) / 1e9, out);
    }
    @Test
    void scratch() throws Exception {
        try (Store s = Store.inMemory(); Statement st = s.connection().createStatement()) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), SharedDataFixture.dataDir());
            f.cow(); f.atopDyads(); f.tivTables();
            long t0 = System.nanoTime();
            Panel p = DyadYears.prepare(s.connection(), PanelRequest.all(), DyadFeature.parse(System.getProperty("with", "atop,cinc,contiguity,trade")), false);
            System.out.printf("prepare %.2f %s%n", (System.nanoTime() - t0) / 1e9, p.stepNanos());
            Files.writeString(Path.of("/tmp/scratch/query.sql"), p.query());
            // time(st, "parquet", "COPY (" + p.query() + ") TO '/tmp/scratch/x.parquet' (FORMAT parquet)");
            time(st, "explain", "EXPLAIN ANALYZE COPY (" + p.query() + ") TO '/tmp/scratch/x.parquet' (FORMAT parquet)");
        }
    }
}
