package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.data.PeriodGrain;
import org.entente.measure.events.AggregateRequest;
import org.entente.measure.events.AggregateSummary;
import org.entente.measure.events.AggregationEngine;
import org.entente.measure.events.DuckDbAggregation;
import org.entente.measure.events.DyadFilter;
import org.entente.measure.events.SparkAggregationLauncher;
import org.entente.source.CountryResolver;
import org.entente.store.StoreSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Aggregates raw GDELT 1.0/2.0 and ICEWS files into directed dyad-period series:",
            "counts per QuadClass, Goldstein sum and means, average tone and event counts per",
            "(source state, target state, period), with actors resolved to COW codes."},
        footer = {"", "Files are GDELT exports (tab-separated, no header, 57/58/61 columns), GDELT re-saved as CSV",
            "with a header, or ICEWS .tab files; plain or zipped. Duplicate event ids count once; lines",
            "that break the layout are counted and reported (an error with --strict).",
            "", "Writes DIR/dyad-periods/ (Parquet, or CSV with --format csv) and DIR/summary.json.",
            "", "Examples:",
            "  ./entente events aggregate --out series ~/data/gdelt/gdelt1-georgia-*.csv",
            "  ./entente events aggregate --by year --dyads RUS-CHN --out rc 'gdelt/*.export.CSV.zip'",
            "  ./entente events aggregate --engine spark --master 'local[2]' --out series 'gdelt/*.zip'",
            "  ./entente events aggregate --engine spark --master spark://127.0.0.1:7077 --out /cluster/series /cluster/gdelt/*.zip"})
final class EventsAggregateCommand implements Callable<Integer> {

    enum Engine { DUCKDB, SPARK }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE-OR-GLOB", arity = "1..*", description = "Raw event files or glob patterns.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--engine", defaultValue = "duckdb", description = "duckdb (one machine) or spark (default: ${DEFAULT-VALUE}).")
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] (default: local[<cores>]) or spark://host:port.")
    String master;

    @Option(names = "--by", defaultValue = "month", description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    PeriodGrain by;

    @Option(names = "--dyads", paramLabel = "A-B,...",
            description = "Keep only these pairs (both directions), as COW or CAMEO codes: 365-710 or RUS-CHN.")
    String dyads;

    @Option(names = "--root-only", description = "Keep only GDELT root events (IsRootEvent = 1; ICEWS has no such flag).")
    boolean rootOnly;

    @Option(names = "--strict", description = "Fail (exit 1, nothing written) if any line is malformed.")
    boolean strict;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default: ${DEFAULT-VALUE}).")
    AggregateRequest.OutputFormat format;

    @Option(names = "--countries", paramLabel = "CSV",
            description = "Extra country mapping (scheme,name,ccode,kind,note) overriding the shipped one.")
    List<Path> countries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (master != null && engine != Engine.SPARK) {
            throw new UsageProblem("--master applies to --engine spark only");
        }
        CountryResolver resolver = countries.isEmpty() ? CountryResolver.shared() : CountryResolver.withExtraFiles(countries);
        DyadFilter filter;
        try {
            filter = DyadFilter.parse(dyads, resolver);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--dyads: " + e.getMessage());
        }
        AggregateRequest request = new AggregateRequest(inputs, by, filter, rootOnly, strict, format, out.toString(), countries);
        AggregationEngine e = engine == Engine.DUCKDB
                ? new DuckDbAggregation(StoreSettings.defaults())
                : new SparkAggregationLauncher(master != null ? master
                        : "local[" + Runtime.getRuntime().availableProcessors() + "]");
        AggregateSummary summary = e.aggregate(request);
        summary.printMalformed(spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        summary.print(w, out.toString());
        return 0;
    }
}
