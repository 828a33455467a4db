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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A newcomer's first commands: the packaged jar in a child JVM with an empty HOME and no
 * ENTENTE_DB, as the README's first line runs it. The first command loads the bundled pack (and
 * says so on stderr), once; the assessment then has every section from data but event data.
 */
class FreshInstallIT {

    static final Path JAR = Path.of(System.getProperty("entente.jar", "target/entente.jar"));

    @TempDir Path home;

    record Run(int code, String out, String err) {}

    Run entente(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.remove("ENTENTE_DB");
        env.remove("XDG_DATA_HOME");
        env.put("HOME", home.toString());
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("entente %s finished", String.join(" ", args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theFirstAssessmentLoadsThePackOnceAndComputesEverySectionFromData() throws Exception {
        Run first = entente("assess");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("loading the bundled data pack", "[154/154]", "loaded 154 bundled files");
        assertThat(home.resolve(".entente/entente.duckdb")).isRegularFile();
        for (String heading : List.of("1. IS IT AN ALLIANCE", "2. THREAT", "3. INCOMPATIBILITIES", "4. THE ARMS TRADE",
                "5. RHETORIC BAROMETER", "6. COMPETING HYPOTHESES", "7. CLAIMS CHECK", "8. DURABILITY")) {
            assertThat(first.out()).contains(heading);
        }

        Run json = entente("assess", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.err()).as("the pack loads once").doesNotContain("loading the bundled data pack");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("sections")).hasSize(8);
        for (JsonNode section : doc.get("sections")) {
            for (JsonNode gap : section.get("gaps")) {
                assertThat(gap.toString()).as("section %s: the only data gap is event data", section.get("number"))
                        .containsIgnoringCase("event");
            }
        }
        JsonNode claims = doc.get("sections").get(6);
        double withoutData = -1;
        for (JsonNode f : claims.get("findings")) {
            if (f.get("key").asText().equals("no-data")) {
                withoutData = f.get("value").asDouble();
            }
        }
        assertThat(withoutData).as("claims without data").isBetween(0.0, 2.0);
        assertThat(first.out()).contains(claims.get("summary").asText());

        Run list = entente("data", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("bundled", "trade-register-2025-03-13.csv", "atop5_1m.csv", "NMC-60-abridged.csv",
                "134 TIV export tables", "SIPRI Arms Transfers Database", "Leeds, Brett Ashley");
        Run datasets = entente("datasets");
        assertThat(datasets.code()).isZero();
        assertThat(datasets.out()).contains("trade-dyadic-4.0-peacesciencer.csv", "Barbieri");
        Run verify = entente("data", "verify");
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("154 of 154 files match", "154 of 154 bundled releases present", "verified");
    }
}
