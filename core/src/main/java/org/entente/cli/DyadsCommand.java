package org.entente.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.entente.measure.panel.DyadFeature;
import org.entente.measure.panel.DyadYears;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dyads", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds dyad-years of state-system members with the measures named by --with.",
            "A pair whose membership does not overlap within a year is dropped.",
            "Years a dataset does not cover give empty cells, never zeros.",
            "--describe prints the data dictionary."},
        footer = {"", "Measures (--with, comma-separated, or all):",
            "  atop          ATOP obligations (of side 1 toward side 2 when directed)",
            "  cow-alliance  COW Formal Alliances v4.1 types",
            "  cinc          CINC recomputed from NMC, capability share and ratio",
            "  contiguity    COW direct contiguity type",
            "  distance      capital-to-capital great-circle distance",
            "  trade         COW dyadic trade both ways, trade shares, asymmetry",
            "  tiv           SIPRI TIV both ways, export and import shares",
            "  similarity    alliance-portfolio S, tau-b, kappa, pi",
            "  events        event counts by QuadClass, Goldstein sums",
            "  threat        balance-of-threat index and its four factors",
            "  all           every measure but events and cow-alliance",
            "", "Examples:",
            "  ./entente dyads --from 1990 --to 2001 --states 365,710,2 \\",
            "      --with atop,cinc,contiguity,distance,trade,tiv,similarity,threat",
            "  ./entente dyads --undirected --with all --out dyads.parquet",
            "  ./entente dyads --with atop,similarity --describe"})
final class DyadsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin PanelOptions options;

    @Mixin MeasuresOption measures;

    @ArgGroup(exclusive = true)
    Direction direction = new Direction();

    static final class Direction {
        @Option(names = "--directed", description = "Both (A,B) and (B,A) rows (the default).")
        boolean directed;

        @Option(names = "--undirected", description = "One row per pair, ccode1 < ccode2.")
        boolean undirected;
    }

    @Override
    public Integer call() throws Exception {
        EnumSet<DyadFeature> features = measures.parse(DyadFeature::parse);
        boolean directed = direction == null || !direction.undirected;
        return options.run(store, options.request(directed),
                (s, r, progress) -> DyadYears.prepare(s, r, features, progress),
                spec.commandLine().getOut(), "dyad-years");
    }
}
