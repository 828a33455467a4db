package org.entente.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.entente.measure.panel.StateFeature;
import org.entente.measure.panel.StateYears;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "states", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds state-years of state-system members with the measures named by --with.",
            "Years a dataset does not cover give empty cells, never zeros.",
            "--describe prints the data dictionary."},
        footer = {"", "Measures (--with, comma-separated, or all):",
            "  cinc    CINC recomputed and as published, the six NMC components",
            "  major   COW major-power status",
            "  atop    ATOP obligations held toward anyone, number of allies",
            "  trade   total imports and exports from COW dyadic trade",
            "  tiv     SIPRI TIV arms exports and imports",
            "  events  events sent and received",
            "  all     every measure but events",
            "", "Examples:",
            "  ./entente states --from 1946 --with cinc,major,atop --out states.parquet",
            "  ./entente states --states 365,710 --with tiv"})
final class StatesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin PanelOptions options;

    @Mixin MeasuresOption measures;

    @Override
    public Integer call() throws Exception {
        EnumSet<StateFeature> features = measures.parse(StateFeature::parse);
        return options.run(store, options.request(true),
                (s, r, progress) -> StateYears.prepare(s, r, features, progress),
                spec.commandLine().getOut(), "state-years");
    }
}
