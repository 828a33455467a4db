package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** Runs {@code entente assess} as a user would, on stores filled by hand. */
class AssessCommandTest {

    @TempDir Path dir;
    Path db;


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The text of each numbered section of a terminal report, by number. */
    static Map<Integer, String> sections(String report) {
        Map<Integer, String> m = new LinkedHashMap<>();
        int current = 0;
        StringBuilder b = new StringBuilder();
        for (String line : report.split("\n")) {
            java.util.regex.Matcher x = java.util.regex.Pattern.compile("^(\\d)\\. [A-Z]").matcher(line);
            if (x.find()) {
                if (current > 0) {
                    m.put(current, b.toString());
                }
                current = Integer.parseInt(x.group(1));
                b.setLength(0);
            } else if (line.equals("SOURCES") && current > 0) {
                m.put(current, b.toString());
                current = -1;
            }
            b.append(line).append('\n');
        }
        return m;
    }

    @BeforeEach
    void emptyStore() throws Exception {
        db = dir.resolve("store.duckdb");
        Store.open(db).close();
    }

    /** A few register rows (a made-up excerpt in the register's shape) and the real ATOP coding of RUS–CHN in 2001. */
    void fillSipriAndAtop() throws Exception {
        try (Store s = Store.open(db)) {
            s.execute("""
                    INSERT INTO dataset (id, kind, file_name, sha256, rows, version, generated, citation) VALUES
                    (1, 'sipri-register', 'trade-register-2025-03-13.csv', 'a', 5, NULL, '2025-03-13',
                     'SIPRI Arms Transfers Database, 13 March 2025'),
                    (2, 'atop-dyad-year', 'atop5_1ddyr-peacesciencer.csv', 'b', 2, '5.1', NULL,
                     'Leeds, Ritter, Mitchell and Long 2002, ATOP 5.1'),
                    (3, 'atop-member', 'atop5_1m.csv', 'c', 4, '5.1', NULL, 'Leeds, Ritter, Mitchell and Long 2002, ATOP 5.1')""");
            s.execute("""
                    INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                        description, delivery_years, tiv_delivered, comments) VALUES
                    (1, 101, 'Russia', 365, 'China', 710, 'FGA aircraft', [1992, 1993], 1000, NULL),
                    (1, 102, 'Russia', 365, 'China', 710, 'submarine', [1995], 440, NULL),
                    (1, 103, 'Russia', 365, 'India', 750, 'FGA aircraft', [1999], 500, NULL),
                    (1, 104, 'United States', 2, 'Japan', 740, 'fighter aircraft', [1999, 2000], 600, NULL),
                    (1, 105, 'United States', 2, 'China', 710, 'helicopter', [1990], 60, NULL)""");
            // ATOP codes the pair non-aggression + consultation in 2001 (alliance 4980), and USA–JPN defense
            s.execute("""
                    INSERT INTO atop_dyad_year (dataset_id, ccode1, ccode2, year, defense, offense, neutral, nonagg, consul) VALUES
                    (2, 365, 710, 2001, FALSE, FALSE, FALSE, TRUE, TRUE),
                    (2, 710, 365, 2001, FALSE, FALSE, FALSE, TRUE, TRUE),
                    (2, 2, 740, 2000, TRUE, FALSE, FALSE, FALSE, TRUE)""");
            s.execute("""
                    INSERT INTO atop_member (dataset_id, atopid, member, phase, yrent, yrexit, defense, offense, neutral, nonagg, consul)
                    VALUES (3, 4980, 365, 0, 2001, 0, FALSE, FALSE, FALSE, TRUE, TRUE),
                           (3, 4980, 710, 0, 2001, 0, FALSE, FALSE, FALSE, TRUE, TRUE)""");
        }
    }

    @Test
    void builtInCaseOnAnEmptyStoreHasAllEightSectionsAndNamesTheImports() {
        CliRun r = run("assess", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<Integer, String> s = sections(r.out());
        assertThat(s.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        // "not loaded", with what the dataset would add and where its publisher offers it
        assertThat(s.get(1)).contains("Type III: entente").contains("ATOP alliances is not loaded")
                .contains("http://www.atopdata.org/").contains("entente data update");
        assertThat(s.get(4)).contains("SIPRI arms transfers is not loaded")
                .contains("https://www.sipri.org/databases/armstransfers")
                .doesNotContain("uses: SIPRI");
        assertThat(s.get(7)).contains("no data");
        assertThat(s.get(8)).contains("Verdict");
        // every finding line of section 4 names a source in brackets
        s.get(4).lines().filter(l -> l.startsWith("   - ")).forEach(l -> assertThat(l + "…").contains("["));
    }

    @Test
    void sectionsOneFourAndSevenUseTheLoadedSipriAndAtopRows() throws Exception {
        fillSipriAndAtop();
        CliRun r = run("assess", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<Integer, String> s = sections(r.out());
        assertThat(s.get(1)).contains("uses: ATOP dyad year 5.1 (dataset 2").contains("uses: ATOP member 5.1 (dataset 3")
                .contains("ATOP alliance 4980").contains("non-aggression, consultation")
                .contains("differs (case: Type III: entente)");
        // deliveries RUS→CHN 1989–2001: 1000 (spread over 1992–93) + 440 = 1440; Russia's total 1940:
        // China's share 1440 / 1940 = 74.2%; China's imports 1440 + 60 = 1500: Russia's share 96%
        assertThat(s.get(4)).contains("uses: SIPRI register 2025-03-13 (dataset 1")
                .contains("Deliveries RUS → CHN, 1989–2001: 1440 TIV million")
                .contains("CHN's share of RUS's arms exports: 74.2%").contains("RUS's share of CHN's arms imports: 96%")
                .contains("dataset 1 arms_deal line 101");
        assertThat(s.get(7)).contains("uses: SIPRI register 2025-03-13 (dataset 1");
    }

    @Test
    void aPairWithoutACaseGetsTheDataSectionsAndNoInventedEvidence() throws Exception {
        fillSipriAndAtop();
        CliRun r = run("assess", "USA", "JPN", "--year", "2000", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<Integer, String> s = sections(r.out());
        assertThat(s.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r.out()).contains("United States of America (USA, COW 2) and Japan (JPN, COW 740)");
        // section 1 from ATOP: a defense pact
        assertThat(s.get(1)).contains("[computed]").contains("Type I: defense pact").contains("uses: ATOP");
        // section 4 from SIPRI: 600 TIV in 1996–2000 (the five years to 2000)
        assertThat(s.get(4)).contains("[computed]").contains("600 TIV million");
        for (int n : new int[] {2, 3, 5, 6, 7}) {
            assertThat(s.get(n)).as("section %d", n).contains("[no case evidence]");
        }
        assertThat(r.out()).doesNotContain("case paper-");
        // A and B also accept COW codes
        CliRun codes = run("assess", "2", "740", "--year", "2000", "--db", db.toString());
        assertThat(codes.code()).isZero();
        assertThat(codes.out()).contains("Type I: defense pact");
    }

    @Test
    void assumingASharperUsThreatFirmsTheAlliance() {
        CliRun base = run("assess", "--db", db.toString(), "--format", "json");
        CliRun raised = run("assess", "--db", db.toString(), "--format", "json", "--assume", "threat.USA=3");
        assertThat(raised.code()).as(raised.err()).isZero();
        JsonNode b = json(base.out());
        JsonNode a = json(raised.out());
        assertThat(a.get("sections")).hasSize(8);
        assertThat(a.path("verdict").path("score").asDouble()).isGreaterThan(b.path("verdict").path("score").asDouble());
        assertThat(a.path("baselineVerdict").path("score").asDouble()).isEqualTo(b.path("verdict").path("score").asDouble());
        assertThat(a.path("assumptions").get(0).path("key").asText()).isEqualTo("threat.USA");
        CliRun text = run("assess", "--db", db.toString(), "--assume", "threat.USA=3");
        assertThat(sections(text.out()).get(8)).contains("with them the score rises");
    }

    @Test
    void formatsAndEscaping() throws Exception {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, """
                id: tiny
                title: "Tiny <b>case</b> & co"
                parties: [RUS, CHN]
                period: {from: 1990, to: 2001}
                sources:
                  - {id: s1, kind: other, citation: "A <script>alert(1)</script> source"}
                summits:
                  - {id: m1, date: 1996-04, kind: summit, characterisation: "strategic partnership <i>", sources: [s1]}
                """);
        CliRun html = run("assess", "--case", file.toString(), "--db", db.toString(), "--format", "html");
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).contains("Tiny &lt;b&gt;case&lt;/b&gt; &amp; co").contains("&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>case").doesNotContain("<i>");
        CliRun md = run("assess", "--case", file.toString(), "--db", db.toString(), "--format", "md");
        assertThat(md.out()).startsWith("# Tiny").contains("## 5. Rhetoric barometer").contains("| date |");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("assess", "USA", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("assess", "USA", "JPN", "--db", db.toString()).code()).isEqualTo(2); // no --year
        assertThat(run("assess", "USA", "XYZ", "--year", "2000", "--db", db.toString()).err()).contains("'XYZ' is not a state");
        CliRun bad = run("assess", "--db", db.toString(), "--assume", "threat.USA=9");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("0..3");
        assertThat(run("assess", "--db", db.toString(), "--assume", "factor.nothing=1").code()).isEqualTo(2);
    }

    @Test
    void aMalformedCaseFileIsOneErrorWithExitOne() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "id: bad\ntitle: t\nparties: [RUS, XXQ]\nperiod: {from: 1990, to: 2001}\nsources: []\n");
        CliRun r = run("assess", "--case", file.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("bad.yaml:3");
    }

    static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
