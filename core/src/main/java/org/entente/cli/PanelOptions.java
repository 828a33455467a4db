package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.entente.measure.panel.ArmsSource;
import org.entente.measure.panel.DataDictionary;
import org.entente.measure.panel.Panel;
import org.entente.measure.panel.PanelOutput;
import org.entente.measure.panel.PanelRequest;
import org.entente.store.Store;

import picocli.CommandLine.Option;

/** Options shared by {@code entente dyads} and {@code entente states}, and the output step. */
final class PanelOptions {

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: first year of the membership data).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: last year of the membership data).")
    Integer to;

    @Option(names = "--states", paramLabel = "CODES", description = "Only these COW codes, comma-separated"
            + " (dyads: both sides among them).")
    String states;

    @Option(names = "--involving", paramLabel = "CODES", description = "Dyads: only those with at least one side among"
            + " these COW codes.")
    String involving;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.csv, FILE.parquet or FILE.json"
            + " (default: CSV on stdout).")
    Path out;

    @Option(names = "--describe", description = "Print the data dictionary (columns, units, datasets, versions,"
            + " citations) instead of the data.")
    boolean describe;

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version to use, e.g. 6.0 or 7.0"
            + " (default: the most recently imported).")
    String nmcVersion;

    @Option(names = "--arms-source", paramLabel = "SOURCE", description = "TIV flows from TABLES (SIPRI TIV export"
            + " tables), DELIVERIES (detailed register) or REGISTER (trade register); default: the first loaded, in"
            + " that order.")
    ArmsSource armsSource;

    PanelRequest request(boolean directed) {
        if (from != null && to != null && from > to) {
            throw new UsageProblem("--from " + from + " is after --to " + to);
        }
        if (out != null) {
            try {
                PanelOutput.Format.of(out);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
        }
        return new PanelRequest(from, to, codes("--states", states), codes("--involving", involving), directed,
                nmcVersion, armsSource);
    }

    static Set<Integer> codes(String option, String list) {
        Set<Integer> out = new LinkedHashSet<>();
        if (list == null) {
            return out;
        }
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw new UsageProblem(option + " takes COW state codes such as 365,710,2; '" + p + "' is not one");
            }
        }
        return out;
    }

    interface Builder {
        Panel prepare(Store store, PanelRequest request, boolean progress) throws SQLException;
    }

    /** Builds the panel and writes it (or its dictionary) where the options say. */
    int run(StoreOption storeOption, PanelRequest request, Builder builder, PrintWriter stdout, String rowsName)
            throws Exception {
        PanelRequest effective = describe ? request.states(Set.of(Integer.MIN_VALUE)) : request;
        try (Store s = storeOption.openReadOnly()) {
            // a missing dataset (MissingDataException) is a failure, exit 1, with its message
            Panel panel = builder.prepare(s, effective, System.console() != null);
            if (System.getenv("ENTENTE_TIMINGS") != null) {
                // for bench/dyads-bench.sh: how long each preparation step took
                panel.stepNanos().forEach((step, ns) -> System.err.printf("step %-12s %8.3f s%n", step, ns / 1e9));
            }
            if (describe) {
                DataDictionary.print(panel, stdout);
                return 0;
            }
            long t0 = System.nanoTime();
            if (out == null) {
                PanelOutput.writeCsv(s.connection(), panel, stdout);
            } else {
                long n = PanelOutput.write(s.connection(), panel, out, PanelOutput.Format.of(out));
                stdout.printf("%,d %s written to %s%n", n, rowsName, out);
                stdout.flush();
            }
            if (System.getenv("ENTENTE_TIMINGS") != null) {
                System.err.printf("step %-12s %8.3f s%n", "query+write", (System.nanoTime() - t0) / 1e9);
            }
        }
        return 0;
    }
}
