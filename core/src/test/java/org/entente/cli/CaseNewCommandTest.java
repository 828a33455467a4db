package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.model.Case;
import org.entente.source.casefile.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente case new}: a skeleton that validates as written, and again with every example switched on. */
class CaseNewCommandTest {

    @TempDir Path tmp;

    @Test
    void theSkeletonIsAValidCaseForTheTwoStatesAndThePeriod() throws Exception {
        Path file = tmp.resolve("usa-japan.yaml");
        CliRun run = CliRun.of("case", "new", "United States of America", "JPN", "--from", "1996", "--to", "2000",
                "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + file);
        Case c = CaseReader.read(file);
        assertThat(c.id()).isEqualTo("usa-jpn-1996-2000");
        assertThat(c.parties()).extracting(p -> p.abbrev()).containsExactly("USA", "JPN");
        assertThat(c.fromYear()).isEqualTo(1996);
        assertThat(c.toYear()).isEqualTo(2000);
        CliRun validate = CliRun.of("case", "validate", file.toString());
        assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void everyCommentedExampleIsValidToo() throws Exception {
        CliRun run = CliRun.of("case", "new", "RUS", "CHN", "--from", "1989", "--to", "2001");
        assertThat(run.code()).isZero();
        // switch every example on: drop the '# ' of the commented YAML lines (not of the prose comments)
        StringBuilder on = new StringBuilder();
        for (String line : run.out().split("\n")) {
            boolean example = line.startsWith("# ") && (line.substring(2).matches("[a-z-]+:.*")
                    || line.substring(2).startsWith(" "));
            on.append(example ? line.substring(2) : line).append('\n');
        }
        Path file = tmp.resolve("all.yaml");
        Files.writeString(file, on.toString());
        Case c = CaseReader.read(file);
        assertThat(c.treaties()).hasSize(1);
        assertThat(c.summits()).hasSize(1);
        assertThat(c.armsDeals()).hasSize(1);
        assertThat(c.trade()).hasSize(1);
        assertThat(c.exportSystems()).hasSize(1);
        assertThat(c.threats()).hasSize(1);
        assertThat(c.objectives()).hasSize(1);
        assertThat(c.facts()).hasSize(1);
        assertThat(c.hypotheses()).hasSize(2);
        assertThat(c.evidence()).hasSize(1);
        assertThat(c.claims()).hasSize(1);
        assertThat(c.summary()).isNotBlank();
    }

    @Test
    void oneStateTwiceOrAnUnknownStateIsAUsageError() {
        assertThat(CliRun.of("case", "new", "RUS", "Russia", "--from", "1990", "--to", "2000").code()).isEqualTo(2);
        CliRun unknown = CliRun.of("case", "new", "RUS", "Atlantis", "--from", "1990", "--to", "2000");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("'Atlantis' is not a COW state");
    }

    @Test
    void anExistingFileIsNotOverwritten() throws Exception {
        Path file = tmp.resolve("mine.yaml");
        Files.writeString(file, "keep me");
        assertThat(CliRun.of("case", "new", "RUS", "CHN", "--from", "1990", "--to", "2000", "--out", file.toString()).code())
                .isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }
}
