package org.entente.measure.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.data.PeriodGrain;

/**
 * One run of {@code entente events aggregate}: which files, how to cut time, which events to keep,
 * and where to write. Engines receive the same request, so they can be compared on it.
 *
 * @param inputs         file names or glob patterns (local paths; for Spark also any Hadoop URI)
 * @param countryFiles   extra country mapping files, whose entries override the shipped ones
 * @param out            output directory (a Hadoop URI for Spark on a cluster)
 */
public record AggregateRequest(List<String> inputs, PeriodGrain by, DyadFilter dyads, boolean rootOnly,
        boolean strict, OutputFormat format, String out, List<Path> countryFiles) {

    public enum OutputFormat { PARQUET, CSV }

    /** The name of the directory under {@code out} that holds the series. */
    public static final String SERIES_DIR = "dyad-periods";
    /** The name of the summary file under {@code out}. */
    public static final String SUMMARY_FILE = "summary.json";

    public AggregateRequest {
        inputs = List.copyOf(inputs);
        countryFiles = List.copyOf(countryFiles);
    }

    /** The request as command-line options, for handing to the Spark job in another process. */
    public List<String> toArgs() {
        List<String> a = new ArrayList<>();
        a.add("--by");
        a.add(by.lowerName());
        if (!dyads.isAll()) {
            a.add("--dyads");
            a.add(dyads.toArg());
        }
        if (rootOnly) {
            a.add("--root-only");
        }
        if (strict) {
            a.add("--strict");
        }
        a.add("--format");
        a.add(format.name().toLowerCase(java.util.Locale.ROOT));
        for (Path p : countryFiles) {
            a.add("--countries");
            a.add(p.toAbsolutePath().toString());
        }
        a.add("--out");
        a.add(out);
        a.addAll(inputs);
        return a;
    }
}
