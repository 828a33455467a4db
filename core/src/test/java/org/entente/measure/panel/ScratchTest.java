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
            Panel p = DyadYears.prepare(s.connection(), PanelRequest.all(), DyadFeature.parse(System.getProperty("with", "atop,cinc,contiguity,distance,trade,tiv,threat")), false);
            System.out.printf("prepare %.2f %s%n", (System.nanoTime() - t0) / 1e9, p.stepNanos());
            Files.writeString(Path.of("/tmp/measures-scratch/query.sql"), p.query());
            // time(st, "parquet", "COPY (" + p.query() + ") TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
            String base = Files.readString(Path.of("/work/wt/measures/bench/core-join.sql")).replace("{{out}}", "/tmp/measures-scratch/b.parquet");
            base = org.entente.store.SqlScript.statements(base).get(0);
            for (int i = 0; i < 0; i++) {
                time(st, "mine", "COPY (" + p.query() + ") TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
                String noOrder = p.query().substring(0, p.query().lastIndexOf("ORDER BY"));
                time(st, "mine unordered", "COPY (" + noOrder + ") TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
                time(st, "mine ctas", "CREATE OR REPLACE TEMP TABLE w AS " + noOrder);
                time(st, "copy w", "COPY w TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
                time(st, "copy w csv", "COPY w TO '/tmp/measures-scratch/x.csv' (FORMAT csv)");
                time(st, "sum hash", "SELECT sum(hash(COLUMNS(*))) FROM (" + noOrder + ")");
                time(st, "mine noabb", "COPY (" + p.query().replace("stateabb1, stateabb2, ", "") + ") TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
                time(st, "mine count", "SELECT count(*) FROM (" + noOrder + ")");
                time(st, "baseline", base);
            }
            time(st, "explain", "EXPLAIN ANALYZE COPY (" + p.query() + ") TO '/tmp/measures-scratch/x.parquet' (FORMAT parquet)");
            time(st, "explainbase", "EXPLAIN ANALYZE " + base);
        }
    }
}
