package org.entente.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./entente} line of the README's code blocks, run as written from the repository's
 * root by a user with an empty HOME (so against the bundled pack, and ../shared beside the
 * project for the lines that import from it), in the README's order. Only {@code serve} and the
 * Spark engine are left out. The lines run in a copy of the root made of links, so
 * the files they write do not land in the working tree.
 */
class ReadmeExamplesIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SHARED = Path.of(System.getProperty("entente.shared", "../../shared")).toAbsolutePath().normalize();

    @TempDir Path tmp;

    /** The README's shell lines: continuation lines joined, comments removed. */
    static List<String> shellLines(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inBlock = line.startsWith("```bash") || line.startsWith("```sh");
                continue;
            }
            if (!inBlock) {
                continue;
            }
            String code = stripComment(line).strip();
            if (code.endsWith("\\")) {
                pending.append(code.substring(0, code.length() - 1).strip()).append(' ');
                continue;
            }
            pending.append(code);
            if (!pending.toString().isBlank()) {
                out.add(pending.toString().strip());
            }
            pending.setLength(0);
        }
        return out;
    }

    /** The line without a trailing {@code # comment} (a '#' inside quotes is kept). */
    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /**
     * Left out: {@code serve} (it runs until stopped), and the Spark engine (a cluster, or the Spark
     * module's jar, which Maven builds after this module's tests; its own tests run the same lines).
     */
    static boolean skipped(String line) {
        return line.startsWith("./entente serve") || line.contains("--engine spark") || line.startsWith("spark-submit");
    }

    @Test
    void theParserJoinsContinuationsAndDropsComments() {
        List<String> lines = shellLines("text\n```bash\n./entente a \\\n    --b 'x # y'   # comment\nmvn -B verify\n```\n"
                + "```\nnot shell\n```\n");
        assertThat(lines).containsExactly("./entente a --b 'x # y'", "mvn -B verify");
    }

    @Test
    void everyEntenteLineOfTheReadmeRunsAsWritten() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> lines = shellLines(readme);
        List<String> bare = lines.stream().filter(l -> l.startsWith("entente ")).toList();
        assertThat(bare).as("README lines that a user cannot paste from the repository root (write ./entente)").isEmpty();

        Path parent = tmp.resolve("work");
        Path root = parent.resolve("entente");
        Files.createDirectories(root);
        Files.createSymbolicLink(parent.resolve("shared"), SHARED);
        try (var entries = Files.list(ROOT)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(".git")) {
                    Files.createSymbolicLink(root.resolve(name), p);
                }
            }
        }
        Path home = tmp.resolve("home");
        Files.createDirectories(home);

        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (String line : lines) {
            if (!line.startsWith("./entente") || skipped(line)) {
                continue;
            }
            ran++;
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(root.toFile());
            Map<String, String> env = pb.environment();
            env.remove("ENTENTE_DB");
            env.remove("XDG_DATA_HOME");
            env.remove("XDG_CONFIG_HOME");
            env.put("HOME", home.toString());
            env.put("ENTENTE_NO_PROGRESS", "1");
            Path out = tmp.resolve("out-" + ran);
            Path err = tmp.resolve("err-" + ran);
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                failures.add(line + "\n    did not finish in 240 s");
                continue;
            }
            if (p.exitValue() != 0) {
                failures.add(line + "\n    exit " + p.exitValue() + ": " + tail(err));
            }
        }
        assertThat(ran).as("README lines run").isGreaterThan(20);
        assertThat(failures).as("README lines that fail as written").isEmpty();
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n    ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
    }
}
