package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.entente.data.Catalogue;
import org.entente.data.Coverage;
import org.entente.data.DatasetFamily;
import org.entente.data.OutsideCoverage;
import org.entente.data.StoreData;
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
            + " (default: the newest release).")
    String nmcVersion;

    @Option(names = "--arms-source", paramLabel = "SOURCE", description = "TIV flows from TABLES (SIPRI TIV export"
            + " tables), DELIVERIES (detailed register) or REGISTER (trade register); default: the first loaded, in"
            + " that order.")
    ArmsSource armsSource;

    @picocli.CommandLine.Mixin ReleaseOption release;

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

    /**
     * Rows exist only for years of state-system membership: a span wholly outside the loaded
     * membership is a usage error naming the years it covers (exit 2); a span partly outside runs,
     * and stderr lists each loaded dataset family that does not cover all of it.
     */
    private void checkCoverage(Catalogue catalogue, String rowsName) {
        if (from == null && to == null) {
            return;
        }
        Optional<Coverage> members = catalogue.years(DatasetFamily.COW_STATES);
        if (members.isEmpty()) {
            return; // the panel says which membership file to import
        }
        int f = from != null ? from : members.get().first();
        int t = to != null ? to : members.get().last();
        try {
            catalogue.requireCoverage(DatasetFamily.COW_STATES, f, t, "no " + rowsName + " in "
                    + (f == t ? "" + f : f + "–" + t));
        } catch (OutsideCoverage e) {
            throw new UsageProblem(e.getMessage());
        }
        for (String m : catalogue.missingYears(f, t)) {
            System.err.println("entente: note: " + m);
        }
    }

    interface Builder {
        Panel prepare(Store store, PanelRequest request, boolean progress) throws Exception;
    }

    /** Builds the panel and writes it (or its dictionary) where the options say. */
    int run(StoreOption storeOption, PanelRequest request, Builder builder, PrintWriter stdout, String rowsName)
            throws Exception {
        PanelRequest effective = describe ? request.states(Set.of(Integer.MIN_VALUE)) : request;
        try (Store s = storeOption.openReadOnly()) {
            release.apply(s);
            checkCoverage(new StoreData(s).catalogue(), rowsName);
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
                PanelOutput.writeCsv(s, panel, stdout);
            } else {
                long n = PanelOutput.write(s, panel, out, PanelOutput.Format.of(out));
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
