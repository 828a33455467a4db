package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.measure.AllianceObligations;
import org.entente.measure.AlliancePortfolios;
import org.entente.measure.PortfolioSimilarity;
import org.entente.store.Progress;

/**
 * Alliance-portfolio similarity of every wanted pair in every year ATOP covers
 * ({@code p_sim}, keyed by the unordered pair: the measures are symmetric).
 *
 * <p>This is the expensive measure: some 950,000 unordered pairs 1816-2016, each compared over
 * 100-190 members. Per year it builds the member x member tie matrix in memory and compares each
 * pair in one pass ({@link AlliancePortfolios}); years run in parallel, and the results go to
 * DuckDB through one appender. Portfolios always span all members of the year, whatever the
 * panel's state filter.
 */
final class SimilarityDyads {

    static final List<String> COLUMNS = List.of("s_bin", "s_val", "s_bin_wt", "s_val_wt", "tau_b",
            "kappa_bin", "kappa_val", "pi_bin", "pi_val");

    private SimilarityDyads() {}

    /** One year's results: pairs and their scores, column-major. */
    private record YearResult(int year, int[] lo, int[] hi, double[][] scores) {}

    static void prepare(BuildContext ctx) throws SQLException {
        AllianceDyads.prepareAtop(ctx);
        boolean nmc = Datasets.latest(ctx.connection, "capability", ctx.request.nmcVersion()).isPresent();
        if (nmc) {
            CapabilityYears.prepare(ctx);
        }
        ctx.once("similarity", () -> {
            StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TEMP TABLE p_sim (lo INTEGER, hi INTEGER, year INTEGER");
            COLUMNS.forEach(col -> ddl.append(", ").append(col).append(" DOUBLE"));
            ctx.execute(ddl.append(')').toString());
            Coverage atop = ctx.coverage(Source.ATOP);
            if (atop == null) {
                return;
            }
            int first = Math.max(ctx.first, atop.first());
            int last = Math.min(ctx.last, atop.last());
            if (first > last) {
                return;
            }
            Map<Integer, AlliancePortfolios> years = load(ctx, first, last, nmc);
            Coverage cap = nmc ? ctx.coverage(Source.CAPABILITY) : null;
            int[] order = years.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            YearResult[] results = new YearResult[order.length];
            try (Progress progress = ctx.progress ? Progress.forTerminal("similarity", order.length, "years")
                    : Progress.SILENT) {
                IntStream.range(0, order.length).parallel().forEach(i -> {
                    int year = order[i];
                    results[i] = compute(year, years.get(year), cap != null && cap.contains(year), ctx.request);
                    progress.advance(1);
                });
            }
            append(ctx, results);
        });
    }

    private static Map<Integer, AlliancePortfolios> load(BuildContext ctx, int first, int last, boolean nmc)
            throws SQLException {
        Map<Integer, AlliancePortfolios> years = new HashMap<>();
        String range = " WHERE year BETWEEN " + first + " AND " + last;
        try (Statement st = ctx.connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT year, list(ccode ORDER BY ccode) FROM p_state" + range
                    + " GROUP BY year")) {
                while (rs.next()) {
                    Object[] codes = (Object[]) rs.getArray(2).getArray();
                    years.put(rs.getInt(1), new AlliancePortfolios(Arrays.stream(codes)
                            .mapToInt(o -> ((Number) o).intValue()).toArray()));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT year, ccode1, ccode2, defense, offense, neutral, nonagg, consul"
                    + " FROM p_atop_dir" + range)) {
                while (rs.next()) {
                    AlliancePortfolios p = years.get(rs.getInt(1));
                    if (p != null) {
                        int tie = AllianceObligations.valuedTie(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                                rs.getBoolean(7), rs.getBoolean(8));
                        p.tie(rs.getInt(2), rs.getInt(3), tie);
                    }
                }
            }
            if (nmc) {
                try (ResultSet rs = st.executeQuery("SELECT year, ccode, cinc FROM p_cap" + range)) {
                    while (rs.next()) {
                        AlliancePortfolios p = years.get(rs.getInt(1));
                        double w = rs.getDouble(3);
                        if (p != null && !rs.wasNull()) {
                            p.weight(rs.getInt(2), w);
                        }
                    }
                }
            }
        }
        return years;
    }

    private static YearResult compute(int year, AlliancePortfolios p, boolean weighted, PanelRequest request) {
        int n = p.size();
        int capacity = n * (n - 1) / 2;
        int[] lo = new int[capacity];
        int[] hi = new int[capacity];
        double[][] scores = new double[COLUMNS.size()][capacity];
        PortfolioSimilarity.Agreement scratch = new PortfolioSimilarity.Agreement();
        int m = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!request.wants(p.member(a), p.member(b))) {
                    continue;
                }
                PortfolioSimilarity.Scores s = p.compare(a, b, weighted, scratch);
                lo[m] = p.member(a);
                hi[m] = p.member(b);
                scores[0][m] = s.sBinary();
                scores[1][m] = s.sValued();
                scores[2][m] = s.sBinaryWeighted();
                scores[3][m] = s.sValuedWeighted();
                scores[4][m] = s.tauB();
                scores[5][m] = s.kappaBinary();
                scores[6][m] = s.kappaValued();
                scores[7][m] = s.piBinary();
                scores[8][m] = s.piValued();
                m++;
            }
        }
        double[][] trimmed = new double[scores.length][];
        for (int k = 0; k < scores.length; k++) {
            trimmed[k] = Arrays.copyOf(scores[k], m);
        }
        return new YearResult(year, Arrays.copyOf(lo, m), Arrays.copyOf(hi, m), trimmed);
    }

    private static void append(BuildContext ctx, YearResult[] results) throws SQLException {
        try (DuckDBAppender out = ctx.connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "p_sim")) {
            for (YearResult r : results) {
                for (int i = 0; i < r.lo().length; i++) {
                    out.beginRow();
                    out.append(r.lo()[i]);
                    out.append(r.hi()[i]);
                    out.append(r.year());
                    for (double[] column : r.scores()) {
                        CapabilityYears.appendDouble(out, column[i]);
                    }
                    out.endRow();
                }
            }
        }
    }
}
