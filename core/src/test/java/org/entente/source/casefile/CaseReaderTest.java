package org.entente.source.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.model.Case;
import org.entente.model.Consistency;
import org.entente.model.PartialDate;
import org.entente.model.Party;
import org.entente.source.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of malformed case file gives one {@link BadInputException} naming the file, the line
 * (counted by hand in the fixture) and the field.
 */
class CaseReaderTest {

    @TempDir Path dir;

    /** A small valid case; the tests below break one thing in it. Line numbers are counted from here. */
    static final String VALID = """
            id: tiny
            title: A tiny case
            parties: [RUS, 710]
            period: {from: 1996, to: 1997}
            sources:
              - {id: s1, kind: paper, citation: A paper, locator: note 1}
              - {id: s2, kind: memo, citation: A memo}
            summits:
              - id: m1
                date: 1996-04
                kind: state-visit
                characterisation: strategic partnership
                sources: [s1]
            threats:
              - perceiver: RUS
                threat-from: NATO
                issue: enlargement
                intensity: 3
                sources: [s1]
            facts:
              - id: f1
                category: demographic
                subject: border population
                value: 150
                unit: million persons
                statement: Many people live on the Chinese side.
                sources: [s2]
            hypotheses:
              - {id: H1, label: balancing, description: Balancing a threat, sources: [s1]}
              - {id: H2, label: hedge, description: A hedge, sources: [s1]}
            evidence:
              - id: e1
                description: Joint statements against unilateralism
                weight: high
                ratings: {H1: CC, H2: C}
                sources: [s1]
            claims:
              - id: c1
                text: Trade was $7.8 billion in 1993.
                metric: bilateral-trade
                params: {a: RUS, b: CHN, years: '1993'}
                value: 7800
                unit: USD million
                tolerance: 0.1
                sources: [s1]
            """;

    Path write(String text) throws IOException {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    BadInputException failure(String text) throws IOException {
        Path f = write(text);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> CaseReader.read(f));
        assertThat(t).isInstanceOf(BadInputException.class);
        BadInputException e = (BadInputException) t;
        assertThat(e.file()).isEqualTo(f);
        assertThat(e.getMessage()).startsWith(f + ":").doesNotContain("\n");
        return e;
    }

    @Test
    void readsTheValidFixture() throws IOException {
        Case c = CaseReader.read(write(VALID));
        assertThat(c.parties()).containsExactly(new Party(365, "RUS", "Russia"), new Party(710, "CHN", "China"));
        assertThat(c.summits().get(0).date()).isEqualTo(new PartialDate(1996, 4, null));
        assertThat(c.threats().get(0).threatSource()).isEqualTo("NATO");
        assertThat(c.evidence().get(0).weight()).isEqualTo(2.0);
        assertThat(c.evidence().get(0).ratings()).containsEntry("H1", Consistency.CC);
        assertThat(c.claims().get(0).params()).containsEntry("b", "CHN").containsEntry("years", "1993");
        assertThat(c.facts().get(0).value()).isEqualTo(150.0);
    }

    @Test
    void badYamlSyntax() throws IOException {
        BadInputException e = failure(VALID.replace("title: A tiny case", "title: [A tiny case"));
        assertThat(e.line()).isBetween(2L, 3L); // the unclosed bracket opens on line 2; the parser notices on 3
        assertThat(e.field()).isNull();
        assertThat(e.getMessage()).contains("not valid YAML");
    }

    @Test
    void misspeltField() throws IOException {
        BadInputException e = failure(VALID.replace("    characterisation: strategic", "    charaterisation: strategic"));
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("summits[1].charaterisation");
        assertThat(e.getMessage()).contains("unknown field").contains("did you mean 'characterisation'");
    }

    @Test
    void missingRequiredField() throws IOException {
        BadInputException e = failure(VALID.replace("    kind: state-visit\n", ""));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.field()).isEqualTo("summits[1].kind");
        assertThat(e.getMessage()).contains("missing required field");
    }

    @Test
    void unknownPartyState() throws IOException {
        BadInputException e = failure(VALID.replace("parties: [RUS, 710]", "parties: [RUS, CHI]"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("parties[2]");
        assertThat(e.getMessage()).contains("unknown state 'CHI'");
    }

    @Test
    void unknownPerceiverAndCodeLikeThreatSource() throws IOException {
        BadInputException e = failure(VALID.replace("perceiver: RUS", "perceiver: XXX"));
        assertThat(e.line()).isEqualTo(15);
        assertThat(e.field()).isEqualTo("threats[1].perceiver");
        // a threat source written like a COW code must be a state; a name ("NATO") may be an actor
        e = failure(VALID.replace("threat-from: NATO", "threat-from: USS"));
        assertThat(e.line()).isEqualTo(16);
        assertThat(e.field()).isEqualTo("threats[1].threat-from");
    }

    @Test
    void ratingOutsideTheScale() throws IOException {
        BadInputException e = failure(VALID.replace("{H1: CC, H2: C}", "{H1: CC, H2: X}"));
        assertThat(e.line()).isEqualTo(35);
        assertThat(e.field()).isEqualTo("evidence[1].ratings.H2");
        assertThat(e.getMessage()).contains("outside the scale");
    }

    @Test
    void intensityOutsideTheScale() throws IOException {
        BadInputException e = failure(VALID.replace("intensity: 3", "intensity: 4"));
        assertThat(e.line()).isEqualTo(18);
        assertThat(e.field()).isEqualTo("threats[1].intensity");
        assertThat(e.getMessage()).contains("outside the allowed range 0..3");
    }

    @Test
    void weightOutsideTheScale() throws IOException {
        BadInputException e = failure(VALID.replace("weight: high", "weight: 5"));
        assertThat(e.line()).isEqualTo(34);
        assertThat(e.field()).isEqualTo("evidence[1].weight");
    }

    @Test
    void stanceOutsideTheScale() throws IOException {
        String withObjective = VALID.replace("facts:\n", """
                objectives:
                  - {party: CHN, issue: Taiwan, stance: expansionist, sources: [s1]}
                facts:
                """);
        BadInputException e = failure(withObjective);
        assertThat(e.line()).isEqualTo(21);
        assertThat(e.field()).isEqualTo("objectives[1].stance");
        assertThat(e.getMessage()).contains("status-quo, revisionist");
    }

    @Test
    void factWithoutSource() throws IOException {
        BadInputException e = failure(VALID.replace("    sources: [s2]\n", ""));
        assertThat(e.line()).isEqualTo(21);
        assertThat(e.field()).isEqualTo("facts[1].sources");
        assertThat(e.getMessage()).contains("must cite at least one source");
        e = failure(VALID.replace("    sources: [s2]\n", "    sources: []\n"));
        assertThat(e.line()).isEqualTo(27);
        assertThat(e.field()).isEqualTo("facts[1].sources");
    }

    @Test
    void factCitingAnUnknownSource() throws IOException {
        BadInputException e = failure(VALID.replace("    sources: [s2]\n", "    sources: [s2, s9]\n"));
        assertThat(e.line()).isEqualTo(27);
        assertThat(e.field()).isEqualTo("facts[1].sources[2]");
        assertThat(e.getMessage()).contains("unknown source id 's9'");
    }

    @Test
    void duplicateIds() throws IOException {
        BadInputException e = failure(VALID.replace("  - id: f1\n", "  - id: m1\n"));
        assertThat(e.line()).isEqualTo(21);
        assertThat(e.field()).isEqualTo("facts[1].id");
        assertThat(e.getMessage()).contains("duplicate id 'm1' (first used at line 9)");
    }

    @Test
    void ratingForAnUnknownHypothesis() throws IOException {
        BadInputException e = failure(VALID.replace("{H1: CC, H2: C}", "{H1: CC, H3: C}"));
        assertThat(e.line()).isEqualTo(35);
        assertThat(e.field()).isEqualTo("evidence[1].ratings.H3");
        assertThat(e.getMessage()).contains("unknown hypothesis 'H3'").contains("H1, H2");
    }

    @Test
    void reportsTheFirstProblemInTheFile() throws IOException {
        // two problems: the later one (line 35) is found first by the reader, the earlier (line 18) wins
        BadInputException e = failure(VALID.replace("intensity: 3", "intensity: 9").replace("{H1: CC, H2: C}", "{H1: Q, H2: C}"));
        assertThat(e.line()).isEqualTo(18);
    }

    @Test
    void claimWithUnknownMetricOrParameter() throws IOException {
        BadInputException e = failure(VALID.replace("metric: bilateral-trade", "metric: bilateral-trades"));
        assertThat(e.line()).isEqualTo(40);
        assertThat(e.field()).isEqualTo("claims[1].metric");
        e = failure(VALID.replace("{a: RUS, b: CHN, years: '1993'}", "{a: RUS, years: '1993'}"));
        assertThat(e.field()).isEqualTo("claims[1].params.b");
        assertThat(e.line()).isEqualTo(41);
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        BadInputException e = failure("# nothing but a comment\n");
        assertThat(e.getMessage()).contains("empty");
        assertThatThrownBy(() -> CaseReader.read(dir.resolve("nope.yaml")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
    }

    @Test
    void unknownBuiltIn() {
        assertThatThrownBy(() -> CaseReader.builtIn("nope")).hasMessageContaining("russia-china-2001");
    }
}
