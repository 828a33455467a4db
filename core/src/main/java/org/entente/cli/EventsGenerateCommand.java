package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.source.rawevents.SyntheticGdelt;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic GDELT export files for tests and benchmarks, drawn from real GDELT rows.",
            "Each event copies a real event's codes, Goldstein value, mentions, tone and places, with a new",
            "id and date; actor countries are redrawn from the countries the real rows name."},
        footer = {"", "Examples:",
            "  ./entente events generate --rows 10000000 --files 40 --out /tmp/gdelt-1e7",
            "  ./entente events generate --rows 100000 --duplicates 0.01 --malformed 0.001 --zip --out /tmp/small"})
final class EventsGenerateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--rows", required = true, description = "Lines to write in all.") long rows;
    @Option(names = "--files", defaultValue = "10", description = "Number of files (default: ${DEFAULT-VALUE}).") int files;
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--gdelt1", description = "Write GDELT 1.0 (58 columns) instead of GDELT 2.0 (61).") boolean gdelt1;
    @Option(names = "--duplicates", defaultValue = "0", description = "Fraction of lines repeating an earlier event.") double duplicates;
    @Option(names = "--malformed", defaultValue = "0", description = "Fraction of broken lines.") double malformed;
    @Option(names = "--zip", description = "Zip each file, as GDELT publishes them.") boolean zip;
    @Option(names = "--from", defaultValue = "2015-01-01", description = "First event date (default: ${DEFAULT-VALUE}).") LocalDate from;
    @Option(names = "--to", defaultValue = "2024-12-31", description = "Last event date (default: ${DEFAULT-VALUE}).") LocalDate to;

    @Option(names = "--samples", paramLabel = "FILE", required = true,
            description = "Real GDELT 1.0 or 2.0 files (with a header, as research projects re-save them) to draw events from.")
    List<Path> samples = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (rows < 0 || files < 1 || duplicates < 0 || malformed < 0 || duplicates + malformed >= 1 || to.isBefore(from)) {
            throw new UsageProblem("need --rows >= 0, --files >= 1, 0 <= --duplicates + --malformed < 1 and --from <= --to");
        }
        SyntheticGdelt g = SyntheticGdelt.from(samples);
        List<Path> written = g.write(new SyntheticGdelt.Plan(rows, files, seed, !gdelt1, duplicates, malformed, zip,
                this.from, to), out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("wrote %,d lines in %d files to %s%n", rows, written.size(), out);
        w.flush();
        return 0;
    }
}
