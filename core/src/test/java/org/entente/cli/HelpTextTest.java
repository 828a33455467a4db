package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code --help} of every command keeps paths and example commands whole: a user copies them from
 * the terminal, and a path broken across two lines does not paste.
 */
class HelpTextTest {

    static List<CommandLine> all(CommandLine cl) {
        List<CommandLine> out = new ArrayList<>(List.of(cl));
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.addAll(all(sub));
        }
        return out;
    }

    /** A token a user may copy: a path, a file name, an option with a value, a URL. */
    static boolean copyable(String token) {
        return token.length() > 3 && (token.contains("/") || token.matches(".*\\.(yaml|csv|json|parquet|md|zip|tab|txt)\\b.*"));
    }

    @Test
    void examplesAndPathsAreNeverBrokenAcrossLines() {
        List<String> broken = new ArrayList<>();
        for (CommandLine cl : all(Main.commandLine())) {
            String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            var spec = cl.getCommandSpec();
            List<String> texts = new ArrayList<>();
            texts.addAll(List.of(spec.usageMessage().footer()));
            texts.addAll(List.of(spec.usageMessage().description()));
            for (ArgSpec arg : spec.args()) {
                texts.addAll(List.of(arg.description()));
            }
            for (String text : texts) {
                String line = text.strip();
                if (line.startsWith("./entente") || line.startsWith("entente ")) {
                    if (!help.contains(line)) {
                        broken.add(spec.qualifiedName() + ": example '" + line + "'");
                    }
                    continue;
                }
                for (String token : line.split("\\s+")) {
                    if (copyable(token) && !help.contains(token.replace("${DEFAULT-VALUE}", ""))
                            && !token.contains("${")) {
                        broken.add(spec.qualifiedName() + ": '" + token + "'");
                    }
                }
            }
        }
        assertThat(broken).as("paths and examples that --help breaks across lines").isEmpty();
    }

    @Test
    void examplesAreWrittenAsAUserRunsThemFromTheRepository() {
        List<String> bare = new ArrayList<>();
        for (CommandLine cl : all(Main.commandLine())) {
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                if (line.strip().startsWith("entente ")) {
                    bare.add(cl.getCommandSpec().qualifiedName() + ": " + line.strip());
                }
            }
        }
        assertThat(bare).as("examples without ./ (they fail when pasted in the repository)").isEmpty();
    }
}
