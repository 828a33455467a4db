package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.entente.data.StoreData;
import org.entente.data.PeriodGrain;
import org.entente.measure.events.DyadFilter;
import org.entente.source.CountryResolver;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"Prints a pair's event series from the store, both directions, per period:",
            "events per QuadClass, Goldstein sum, mean and mentions-weighted mean, average tone."},
        footer = {"", "A and B are COW codes, CAMEO codes or country names: 365 710, RUS CHN, Russia China.",
            "Events come from 'entente import' of GDELT or ICEWS files.",
            "", "Examples:",
            "  ./entente events series RUS CHN",
            "  ./entente events series --by year --format csv 365 710"})
final class EventsSeriesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B") String b;

    @Option(names = "--by", defaultValue = "month", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    PeriodGrain by;

    @Option(names = "--root-only", description = "Only root events (GDELT IsRootEvent).")
    boolean rootOnly;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Override
    public Integer call() throws Exception {
        int ca;
        int cb;
        try {
            ca = DyadFilter.state(a, CountryResolver.shared());
            cb = DyadFilter.state(b, CountryResolver.shared());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        try (Store s = store.openReadOnly()) {
            PrintWriter out = spec.commandLine().getOut();
            long n = ResultPrinter.print(new StoreData(s).eventSeries(ca, cb, by, rootOnly), format, out);
            if (n == 0) {
                spec.commandLine().getErr().printf("entente: no events between %d and %d in the store; import GDELT or "
                        + "ICEWS files with 'entente import' first%n", ca, cb);
                spec.commandLine().getErr().flush();
            }
        }
        return 0;
    }
}
