package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.entente.source.BadInputException;
import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports dataset files into the store, each in one transaction.",
            "The kind is recognised from the file's content unless --kind names it.",
            "Re-importing a file already loaded (same SHA-256) changes nothing."},
        footer = {"", "Examples:",
            "  ./entente import ~/Downloads/trade-register.csv",
            "  ./entente import ~/data/cow/*.csv ~/data/atop/*.csv",
            "  ./entente import ~/data/cow ~/data/atop ~/data/gdelt",
            "  ./entente import --kind cow-nmc my-nmc-extract.csv",
            "",
            "The bundled releases (COW, ATOP, SIPRI, CAMEO) are in every store already: see './entente data list'.",
            "", "Run 'entente import --kinds' for the list of kinds."})
final class ImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", description = "The format of every FILE (see --kinds).")
    String kind;

    @Option(names = "--kinds", description = "List the formats Entente reads and exit.")
    boolean listKinds;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = {"Files to import. A directory stands for the"
            + " files under it that are in a format Entente reads (others are listed as skipped)."})
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (listKinds) {
            out.println(Importer.kindsList());
            out.flush();
            return 0;
        }
        if (files.isEmpty()) {
            throw new UsageProblem("name at least one FILE to import (see 'entente import --help')");
        }
        if (kind != null && Importer.loader(kind).isEmpty()) {
            throw new UsageProblem("unknown kind '" + kind + "'; the kinds are:\n" + Importer.kindsList());
        }
        try (Store s = store.open()) {
            Importer importer = new Importer(s);
            for (Path file : files) {
                if (Files.isDirectory(file)) {
                    importDirectory(importer, file, out);
                } else {
                    report(importer.importFile(file, kind), out);
                }
            }
        }
        return 0;
    }

    /**
     * Imports the recognised files under {@code dir}, in path order, each in its own transaction
     * as if named one by one; README files, PDFs and other formats are listed as skipped, not
     * treated as errors, so {@code entente import ~/data/cow} does what it says.
     */
    private void importDirectory(Importer importer, Path dir, PrintWriter out) throws Exception {
        List<Path> under;
        try (Stream<Path> walk = Files.walk(dir)) {
            under = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int imported = 0;
        for (Path file : under) {
            if (Importer.recognisedKind(file, kind).isPresent()) {
                report(importer.importFile(file, kind), out);
                imported++;
            } else {
                out.printf("%s: skipped (%s)%n", file, kind == null ? "not a format Entente reads" : "not a " + kind
                        + " file");
            }
        }
        out.flush();
        if (imported == 0) {
            throw new BadInputException(dir, 0, null, "no file in this directory is in a format Entente reads"
                    + (kind == null ? "" : " as " + kind));
        }
    }

    private void report(ImportOutcome o, PrintWriter out) {
        if (o.unchanged()) {
            out.printf("%s: already imported as dataset %d (%s, %,d rows); nothing changed%n",
                    o.file(), o.datasetId(), o.kind(), o.rows());
        } else {
            out.printf("%s: imported as dataset %d (%s, %,d rows)%n", o.file(), o.datasetId(), o.kind(), o.rows());
        }
        for (String note : o.notes()) {
            out.printf("  note: %s%n", note);
        }
        if (!o.unresolved().isEmpty()) {
            out.printf("  %d names did not resolve to a COW state code (kept, flagged in unresolved_name):%n",
                    o.unresolved().size());
            for (ImportOutcome.UnresolvedName u : o.unresolved()) {
                out.printf("    %-10s %-40s %-32s %,d rows%n", u.role(), u.name(), u.reason(), u.occurrences());
            }
        }
        out.flush();
    }
}
