package org.entente.measure.panel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.entente.data.DatasetInfo;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.measure.Cinc;

/**
 * {@code p_cap}: NMC components per state-year with CINC recomputed by {@link Cinc} (and the
 * published value beside it), from one NMC dataset: {@code --nmc-version} or the most recently
 * imported. Every state the NMC lists in a year enters that year's system totals, member or not.
 */
final class CapabilityYears {

    private CapabilityYears() {}

    static void prepare(BuildContext ctx) throws SQLException {
        ctx.once("capability", () -> {
            String version = ctx.request.nmcVersion();
            DatasetInfo d = Datasets.latest(ctx.connection, "capability", version).orElseThrow(() ->
                    new MissingDataException(version == null
                            ? "no National Material Capabilities data is loaded; import NMC (e.g. NMC-60-abridged.csv) first"
                            : "no NMC version " + version + " is loaded (see 'entente datasets')"));
            ctx.use(Source.CAPABILITY, d);
            ctx.coverage(Source.CAPABILITY, ctx.range(
                    "SELECT min(year), max(year) FROM capability WHERE dataset_id = " + d.id()));
            ctx.execute("CREATE OR REPLACE TEMP TABLE p_cap (ccode INTEGER, year INTEGER, milex DOUBLE, milper DOUBLE,"
                    + " irst DOUBLE, pec DOUBLE, tpop DOUBLE, upop DOUBLE, cinc_published DOUBLE, cinc DOUBLE)");
            write(ctx, d.id());
        });
    }

    private static void write(BuildContext ctx, int dataset) throws SQLException {
        String sql = "SELECT year, ccode, milex, milper, irst, pec, tpop, upop, cinc FROM capability WHERE dataset_id = "
                + dataset + " ORDER BY year, ccode";
        try (Statement st = ctx.connection.createStatement(); ResultSet rs = st.executeQuery(sql);
                DuckDBAppender out = ctx.connection.unwrap(DuckDBConnection.class)
                        .createAppender("temp", "main", "p_cap")) {
            List<int[]> keys = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            Integer year = null;
            while (rs.next()) {
                int y = rs.getInt(1);
                if (year != null && y != year) {
                    flush(out, year, keys, rows);
                }
                year = y;
                double[] row = new double[7];
                for (int k = 0; k < 7; k++) {
                    double v = rs.getDouble(3 + k);
                    row[k] = rs.wasNull() ? Double.NaN : v;
                }
                keys.add(new int[] {rs.getInt(2)});
                rows.add(row);
            }
            if (year != null) {
                flush(out, year, keys, rows);
            }
        }
    }

    private static void flush(DuckDBAppender out, int year, List<int[]> keys, List<double[]> rows) throws SQLException {
        double[][] components = new double[rows.size()][];
        for (int i = 0; i < components.length; i++) {
            components[i] = java.util.Arrays.copyOf(rows.get(i), Cinc.COMPONENTS.size());
        }
        double[] cinc = Cinc.compute(components);
        for (int i = 0; i < cinc.length; i++) {
            out.beginRow();
            out.append(keys.get(i)[0]);
            out.append(year);
            for (double v : rows.get(i)) {
                appendDouble(out, v);
            }
            appendDouble(out, cinc[i]);
            out.endRow();
        }
        keys.clear();
        rows.clear();
    }

    static void appendDouble(DuckDBAppender out, double v) throws SQLException {
        if (Double.isNaN(v)) {
            out.appendNull();
        } else {
            out.append(v);
        }
    }
}
