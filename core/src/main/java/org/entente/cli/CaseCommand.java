package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.model.ArmsExportSystem;
import org.entente.model.Case;
import org.entente.model.Hypothesis;
import org.entente.model.Summit;
import org.entente.source.casefile.CaseReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Lists, shows and validates case files (the format: docs/case-file-format.md).",
        subcommands = {CaseCommand.ListCases.class, CaseCommand.Show.class, CaseCommand.Validate.class, CaseNewCommand.class},
        footer = {"", "Examples:", "  ./entente case list", "  ./entente case show russia-china-2001",
            "  ./entente case show my-case.yaml --format json", "  ./entente case validate my-case.yaml"})
final class CaseCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A built-in id, or a file. An unknown id is a usage error; a missing file a failure. */
    static Case resolve(String idOrFile) {
        if (CaseReader.builtInIds().contains(idOrFile)) {
            return CaseReader.builtIn(idOrFile);
        }
        Path p = Path.of(idOrFile);
        if (Files.exists(p) || idOrFile.endsWith(".yaml") || idOrFile.endsWith(".yml") || idOrFile.contains("/")) {
            return CaseReader.read(p);
        }
        throw new UsageProblem("'" + idOrFile + "' is neither a built-in case nor a file; the built-in cases are: "
                + String.join(", ", CaseReader.builtInIds()));
    }

    /** Entries per section, in the order of the format. */
    static Map<String, Integer> counts(Case c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("sources", c.sources().size());
        m.put("treaties", c.treaties().size());
        m.put("summits", c.summits().size());
        m.put("arms-deals", c.armsDeals().size());
        m.put("trade", c.trade().size());
        m.put("export-systems", c.exportSystems().size());
        m.put("threats", c.threats().size());
        m.put("objectives", c.objectives().size());
        m.put("facts", c.facts().size());
        m.put("hypotheses", c.hypotheses().size());
        m.put("evidence", c.evidence().size());
        m.put("claims", c.claims().size());
        return m;
    }

    static String countsLine(Case c) {
        return counts(c).entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the built-in cases.")
    static final class ListCases implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> ids = CaseReader.builtInIds();
            int w = ids.stream().mapToInt(String::length).max().orElse(2);
            out.printf("%-" + w + "s  %s%n", "id", "title");
            for (String id : ids) {
                out.printf("%-" + w + "s  %s%n", id, CaseReader.builtIn(id).title());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows a case: its parties, period and the number of entries in each section.")
    static final class Show implements Callable<Integer> {
        enum Format { TEXT, JSON }

        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID|FILE", arity = "0..1", defaultValue = "russia-china-2001",
                description = "A built-in case id or a case file (default: ${DEFAULT-VALUE}).")
        String which;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            Case c = resolve(which);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", c.id());
                doc.put("title", c.title());
                doc.put("counts", counts(c));
                doc.put("case", c);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                text(c, out);
            }
            out.flush();
            return 0;
        }

        private static void text(Case c, PrintWriter out) {
            out.println(c.id() + ": " + c.title());
            out.println("Parties: " + c.parties().stream()
                    .map(p -> p.name() + " (" + p.abbrev() + ", " + p.ccode() + ")").collect(Collectors.joining(" and ")));
            out.println("Period:  " + c.fromYear() + "-" + c.toYear());
            if (c.summary() != null) {
                out.println();
                out.println(wrap(c.summary(), 96));
            }
            out.println();
            out.println("Section          Entries");
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("treaties", c.treaties().stream().mapToInt(t -> t.provisions().size()).sum() + " provisions");
            detail.put("export-systems", c.exportSystems().stream().mapToInt(s -> s.agencies().size()).sum()
                    + " agencies, " + c.exportSystems().stream().mapToInt(s -> s.rules().size()).sum() + " rules");
            detail.put("threats", by(c.threats().stream().map(t -> t.perceiver()).toList()));
            detail.put("objectives", by(c.objectives().stream().map(o -> o.party()).toList()));
            detail.put("facts", by(c.facts().stream().map(f -> f.category().name().toLowerCase()).toList()));
            detail.put("summits", c.summits().stream().filter(s -> s.characterisation() != null).count()
                    + " with a characterisation");
            for (Map.Entry<String, Integer> e : counts(c).entrySet()) {
                String d = detail.get(e.getKey());
                out.printf("%-16s %7d%s%n", e.getKey(), e.getValue(), d == null ? "" : "   (" + d + ")");
            }
            if (!c.summits().isEmpty()) {
                out.println();
                out.println("Summits and their characterisation (the rhetoric barometer):");
                for (Summit s : c.summits()) {
                    out.printf("  %-10s %-8s %-16s %s%n", s.date(), s.place() == null ? "" : s.place(), s.kind(),
                            s.characterisation() == null ? "-" : "\"" + s.characterisation() + "\"");
                }
            }
            if (!c.hypotheses().isEmpty()) {
                out.println();
                out.println("Competing hypotheses:");
                for (Hypothesis h : c.hypotheses()) {
                    out.printf("  %-18s %s%s%n", h.id(), h.label(), h.theorist() == null ? "" : " (" + h.theorist() + ")");
                }
            }
            for (ArmsExportSystem s : c.exportSystems()) {
                out.println();
                out.println("Arms-export agencies of " + s.supplier() + ":");
                s.agencies().forEach(a -> out.printf("  %-46s %s-%s%n", a.name(),
                        a.fromYear() == null ? "" : a.fromYear(), a.toYear() == null ? "" : a.toYear()));
            }
        }

        /** "RUS 14, CHN 13" */
        private static String by(List<String> keys) {
            return keys.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        private static String wrap(String text, int width) {
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (String word : text.split("\\s+")) {
                if (col > 0 && col + 1 + word.length() > width) {
                    sb.append('\n');
                    col = 0;
                } else if (col > 0) {
                    sb.append(' ');
                    col++;
                }
                sb.append(word);
                col += word.length();
            }
            return sb.toString();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a case file; prints 'valid' and its counts, or the first problem (exit 1).")
    static final class Validate implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The case file.")
        Path file;

        @Override
        public Integer call() {
            Case c = CaseReader.read(file);
            spec.commandLine().getOut().println("valid: " + file + " (" + c.id() + "): " + countsLine(c));
            return 0;
        }
    }
}
