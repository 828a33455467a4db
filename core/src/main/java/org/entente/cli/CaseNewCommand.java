package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.source.casefile.CaseReader;
import org.entente.model.State;
import org.entente.model.StateDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a commented case-file skeleton for two states and a period: the required fields filled in,",
            "every other section as a commented example. It validates as written."},
        footer = {"", "Examples:", "  ./entente case new USA JPN --from 1996 --to 2000 --out usa-japan.yaml",
            "  ./entente case new India Pakistan --from 1998 --to 2002 > india-pakistan.yaml"})
final class CaseNewCommand implements Callable<Integer> {

    static final String TEMPLATE = "/org/entente/cli/case-skeleton.yaml";

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Party A: COW abbreviation, code or name.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Party B.")
    String b;

    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "First year of the period.")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "Last year of the period.")
    int to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the skeleton to FILE (refused if it exists); default: stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        State pa = state(a);
        State pb = state(b);
        if (pa.abbrev().equals(pb.abbrev())) {
            throw new UsageProblem("A and B are the same state (" + pa.abbrev() + "); a case is about two states");
        }
        if (from < 1816 || to > 2100 || from > to) {
            throw new UsageProblem("the period must run forward within 1816-2100; got " + from + "-" + to);
        }
        String id = (pa.abbrev() + "-" + pb.abbrev() + "-" + from + "-" + to).toLowerCase(Locale.ROOT);
        String file = out != null ? out.toString() : id + ".yaml";
        String text = template()
                .replace("{{FILE}}", file)
                .replace("{{ID}}", id)
                .replace("{{A}}", pa.abbrev())
                .replace("{{B}}", pb.abbrev())
                .replace("{{NAME_A}}", pa.name())
                .replace("{{NAME_B}}", pb.name())
                .replace("{{FROM}}", Integer.toString(from))
                .replace("{{TO}}", Integer.toString(to));
        // the skeleton must be a valid case as written: a user's first 'case validate' passes
        CaseReader.parse(text, Path.of(file));
        PrintWriter w = spec.commandLine().getOut();
        if (out == null) {
            w.print(text);
            w.flush();
            return 0;
        }
        if (Files.exists(out)) {
            throw new UsageProblem(out + " exists already; choose another --out, or remove it first");
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".case-", ".yaml");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        w.printf("wrote %s; fill it in, then: ./entente case validate %s && ./entente assess --case %s%n", out, out, out);
        w.flush();
        return 0;
    }

    private static State state(String text) {
        return StateDirectory.shared().find(text).orElseThrow(() -> new UsageProblem("'" + text
                + "' is not a COW state (give an abbreviation such as RUS, a code such as 365, or a name)"));
    }

    static String template() throws IOException {
        try (InputStream in = CaseNewCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("this build lacks " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
