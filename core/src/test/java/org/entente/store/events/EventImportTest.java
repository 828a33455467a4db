package org.entente.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.events.EventTestData.count;
import static org.entente.store.events.EventTestData.events;
import static org.entente.store.events.EventTestData.nonBlankLines;
import static org.entente.store.events.EventTestData.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real event files in shared/data/events import whole, recognised by content. */
class EventImportTest {

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource({
        "CAMEO.eventcodes.txt,          cameo-codes,        1",
        "CAMEO.goldsteinscale.txt,      cameo-goldstein,    1",
        "CAMEO.type.txt,                cameo-actor-types,  1",
        "CAMEO.knowngroup.txt,          cameo-known-groups, 1",
        "gdelt1-georgia-mar2012.csv,    gdelt-csv,          1",
        "gdelt1-georgia-apr2012.csv,    gdelt-csv,          1",
        "gdelt1-georgia-may2012.csv,    gdelt-csv,          1",
        "gdelt-reduced-sample-1979.tsv, gdelt-reduced,      1",
        "icews-events-2018-sample.tab,  icews-events,       1"})
    void eachFileImportsOneRowPerDataLine(String name, String kind, int headerLines) throws Exception {
        Path file = events().resolve(name);
        // Counted from the file, not from the reader: none of these files has quoted line breaks.
        long dataLines = nonBlankLines(file) - headerLines;
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            ImportOutcome o = new Importer(s).importFile(file, null);
            assertThat(o.kind()).isEqualTo(kind);
            assertThat(o.rows()).isEqualTo(dataLines);
            String table = kind.startsWith("cameo-actor") || kind.equals("cameo-known-groups") ? "cameo_actor_code"
                    : kind.startsWith("cameo") ? "cameo_code" : "event";
            assertThat(count(s, "SELECT count(*) FROM " + table)).isEqualTo(dataLines);

            ImportOutcome again = new Importer(s).importFile(file, null);
            assertThat(again.unchanged()).isTrue();
            assertThat(count(s, "SELECT count(*) FROM " + table)).isEqualTo(dataLines);
        }
    }

    @Test
    void gdeltEventAsInTheFile() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            new Importer(s).importFile(events().resolve("gdelt1-georgia-mar2012.csv"), null);
            // gdelt1-georgia-mar2012.csv line 767: 89462890,20120303,...,"RUS","RUSSIA","RUS",...,
            // "USA","UNITED STATES","USA",...,1,"100","100","10",3,-5,2,2,2,6.68181277034803,...
            assertThat(rows(s, """
                    SELECT line, event_date, source_code, source_actor, source_country, source_ccode,
                           target_code, target_actor, target_country, target_ccode, is_root_event,
                           cameo_code, root_code, quad_class, goldstein, num_mentions, num_sources, num_articles,
                           avg_tone, action_place, action_country, date_added::VARCHAR
                    FROM event WHERE event_id = '89462890'"""))
                    .containsExactly("767|2012-03-03|RUS|RUSSIA|RUS|365|USA|UNITED STATES|USA|2|true|100|10|3|-5.0|2|2|2"
                            + "|6.68181277034803|South Ossetia, Georgia (general), Georgia|GG|2013-02-03 00:00:00");
            // line 3: no Actor1 at all, Actor2 BUS "COMPANY" with no country (NA): kept, ccodes NULL
            assertThat(rows(s, "SELECT source_code, source_country, source_ccode, target_code, target_country,"
                    + " target_ccode, goldstein FROM event WHERE event_id = '89170045'"))
                    .containsExactly("null|null|null|BUS|null|null|3.0");
        }
    }

    @Test
    void icewsHasEightRussiaChinaEvents() throws Exception {
        Path file = events().resolve("icews-events-2018-sample.tab");
        // Counted from the file: columns 5 and 11 are Source Country and Target Country.
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long inFile = lines.stream().skip(1).map(l -> l.split("\t", -1))
                .filter(f -> (f[4].equals("Russian Federation") && f[10].equals("China"))
                        || (f[4].equals("China") && f[10].equals("Russian Federation")))
                .count();
        assertThat(inFile).isEqualTo(8); // as the shared data README says
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            new Importer(s).importFile(file, null);
            assertThat(count(s, "SELECT count(*) FROM event WHERE (source_ccode = 365 AND target_ccode = 710)"
                    + " OR (source_ccode = 710 AND target_ccode = 365)")).isEqualTo(inFile);
            // Event 32899038 (line 2248): China -> Sergey Lavrov (Russian Federation), CAMEO 044, Intensity 2.5;
            // root 04 is verbal cooperation.
            assertThat(rows(s, "SELECT line, source_actor, source_ccode, target_actor, target_ccode, cameo_code,"
                    + " root_code, quad_class, goldstein, event_text FROM event WHERE event_id = '32899038'"))
                    .containsExactly("2248|China|710|Sergey Viktorovich Lavrov|365|044|04|1|2.5|Meet at a 'third' location");
            // ICEWS writes NA for no country: stored as NULL, not as a name
            assertThat(count(s, "SELECT count(*) FROM event WHERE source_country = 'NA' OR target_country = 'NA'"))
                    .isZero();
            // Every country name in the sample is in the mapping; the only ones that are no state:
            assertThat(rows(s, "SELECT DISTINCT name FROM unresolved_name ORDER BY 1")).containsExactly(
                    "Holy See", "Hong Kong", "Occupied Palestinian Territory", "Western Sahara");
            assertThat(count(s, "SELECT count(*) FROM unresolved_name WHERE reason = 'not in the country mapping'"))
                    .isZero();
        }
    }

    @Test
    void cameoLabelsAndGoldsteinMergeIntoOneRowPerCode() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            Importer importer = new Importer(s);
            importer.importFile(events().resolve("CAMEO.goldsteinscale.txt"), null);
            importer.importFile(events().resolve("CAMEO.eventcodes.txt"), null);
            assertThat(count(s, "SELECT count(*) FROM cameo_code")).isEqualTo(311);
            assertThat(count(s, "SELECT count(*) FROM cameo_code WHERE label IS NULL OR goldstein IS NULL")).isZero();
            // CAMEO.eventcodes.txt: "0311<tab>Express intent to cooperate economically";
            // CAMEO.goldsteinscale.txt: "0311<tab>5.2"; "190<tab>-10.0"
            assertThat(rows(s, "SELECT code, label, goldstein, label_dataset_id, goldstein_dataset_id FROM cameo_code"
                    + " WHERE code IN ('0311', '190') ORDER BY code"))
                    .containsExactly("0311|Express intent to cooperate economically|5.2|2|1",
                            "190|Use conventional military force, not specified below|-10.0|2|1");
        }
    }

    @Test
    void actorCodeListsKeepRepeatedCodes() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            Importer importer = new Importer(s);
            importer.importFile(events().resolve("CAMEO.type.txt"), null);
            importer.importFile(events().resolve("CAMEO.knowngroup.txt"), null);
            // CAMEO.type.txt lists UIS on lines 33 and 40; CAMEO.knowngroup.txt gives CEM two organisations
            assertThat(rows(s, "SELECT list, line, label FROM cameo_actor_code WHERE code IN ('UIS', 'CEM')"
                    + " ORDER BY list, line"))
                    .containsExactly("knowngroup|22|Common Market for Eastern and Southern Africa",
                            "knowngroup|23|Monetary and Economic Community of Central Africa",
                            "type|33|Unidentified State Actor", "type|40|Unidentified State Actor");
            assertThat(rows(s, "SELECT label FROM cameo_actor_code WHERE list = 'type' AND code = 'GOV'"))
                    .containsExactly("Government");
        }
    }

    @Test
    void reducedFormatDerivesCountriesFromActorCodes() throws Exception {
        try (Store s = Store.open(dir.resolve("s.duckdb"))) {
            new Importer(s).importFile(events().resolve("gdelt-reduced-sample-1979.tsv"), null);
            // line 885: 19790103 GMW FRA 030 1 1 1 4 4 9.50917 -13.7122 1 60 100 4 9.50917 -13.7122
            assertThat(rows(s, "SELECT event_date, source_code, source_country, source_ccode, target_ccode, cameo_code,"
                    + " num_events, num_articles, quad_class, goldstein, action_lat, action_lon FROM event WHERE line = 885"))
                    .containsExactly("1979-01-03|GMW|GMW|260|220|030|1|1|1|4.0|9.50917|-13.7122");
            // line 2 stops after the source's geography (11 fields): imported, the rest blank
            assertThat(rows(s, "SELECT source_code, target_ccode, cameo_code, goldstein, action_lat FROM event WHERE line = 2"))
                    .containsExactly("AFR|220|043|2.8|null");
            // line 387: CVL (civilians) -> REL: actor types, not countries; kept without a country
            assertThat(rows(s, "SELECT source_code, source_country, source_ccode, target_code, target_country FROM event"
                    + " WHERE line = 387")).containsExactly("CVL|null|null|REL|null");
            assertThat(count(s, "SELECT occurrences FROM unresolved_name WHERE name = 'GOV' AND role = 'actor1'"))
                    .isEqualTo(countPrefix(events().resolve("gdelt-reduced-sample-1979.tsv"), 1, "GOV"));
        }
    }

    /** Data lines whose column {@code col} starts with {@code prefix}, counted from the file. */
    private static long countPrefix(Path file, int col, String prefix) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split("\t", -1))
                .filter(f -> f[col].startsWith(prefix)).count();
    }
}
