package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


class CaseCommandTest {

    @TempDir Path dir;


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static final String GOOD = """
            id: tiny
            title: A tiny case
            parties: [RUS, CHN]
            period: {from: 1996, to: 1997}
            sources:
              - {id: s1, kind: paper, citation: A paper}
            summits:
              - {id: m1, date: 1996-04, kind: state-visit, characterisation: strategic partnership, sources: [s1]}
            """;

    @Test
    void validateAGoodFile() throws Exception {
        Path f = Files.writeString(dir.resolve("good.yaml"), GOOD);
        CliRun r = run("case", "validate", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("valid: ").contains("1 sources").contains("1 summits").contains("0 facts");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateABadFileGivesOneLineOnStderrAndExit1() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.yaml"), GOOD.replace("kind: state-visit", "kind: picnic"));
        CliRun r = run("case", "validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("entente: " + f + ":8: field 'summits[1].kind'")
                .contains("'picnic' is not one of").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void validateAMissingFileIsAFailure() {
        CliRun r = run("case", "validate", dir.resolve("none.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void listShowsTheBuiltInCase() {
        CliRun r = run("case", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("russia-china-2001").contains("Russia and China");
    }

    @Test
    void showPrintsCountsPerSection() {
        CliRun r = run("case", "show", "russia-china-2001");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Russia (RUS, 365) and China (CHN, 710)").contains("1989-2001")
                .containsPattern("summits\\s+\\d+").containsPattern("arms-deals\\s+\\d+")
                .contains("\"constructive partnership\"").contains("Rosoboronexport");
    }

    @Test
    void showAsJsonCarriesTheCaseAndItsCounts() throws Exception {
        CliRun r = run("case", "show", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("id").asText()).isEqualTo("russia-china-2001");
        assertThat(doc.get("counts").get("summits").asInt()).isEqualTo(doc.get("case").get("summits").size());
        assertThat(doc.get("case").get("parties").get(1).get("ccode").asInt()).isEqualTo(710);
    }

    @Test
    void showAFileAndAnUnknownId() throws Exception {
        Path f = Files.writeString(dir.resolve("good.yaml"), GOOD);
        assertThat(run("case", "show", f.toString()).out()).contains("tiny: A tiny case");
        CliRun r = run("case", "show", "no-such-case");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("neither a built-in case nor a file");
    }
}
