package org.entente.source.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.source.events.QuadClassTest.events;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.entente.source.CountryResolver;
import org.entente.source.CountryResolver.Kind;
import org.junit.jupiter.api.Test;

/** cameo-codes.csv and icews-names.csv against the event files and the COW state list. */
class CountryMappingTest {

    static final CountryResolver COUNTRIES = CountryResolver.shared();

    @Test
    void everyCountryCodeInTheGdeltSamplesIsMapped() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (String month : List.of("mar", "apr", "may")) {
            Path file = events().resolve("gdelt1-georgia-" + month + "2012.csv");
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
                for (CsvRecord r : csv) {
                    if (r.getStartingLineNumber() > 1) {
                        codes.add(r.getField(7)); // Actor1CountryCode
                        codes.add(r.getField(17)); // Actor2CountryCode
                    }
                }
            }
        }
        codes.remove("NA");
        assertThat(codes).hasSize(131);
        assertThat(codes.stream().filter(c -> COUNTRIES.resolveCameo(c).kind() == Kind.UNMAPPED)).isEmpty();
    }

    @Test
    void reducedSampleActorPrefixesAreCountriesOrKnownNonCountryCodes() throws Exception {
        Set<String> unmapped = new TreeSet<>();
        List<String> lines = Files.readAllLines(events().resolve("gdelt-reduced-sample-1979.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            for (String actor : List.of(f[1], f[2])) {
                if (COUNTRIES.resolveCameo(actor.substring(0, 3)).kind() == Kind.UNMAPPED) {
                    unmapped.add(actor.substring(0, 3));
                }
            }
        }
        // What is left are CAMEO actor types (CAMEO.type.txt and AGR, LAB, ...), religions (ATH,
        // BUD, CHR, JEW, MOS, REL) and PTY (party): none of them a country.
        assertThat(unmapped).containsExactly("AGR", "ATH", "BUD", "BUS", "CHR", "COP", "CRM", "CVL", "EDU", "GOV",
                "HLH", "IGO", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MOS", "NGO", "OPP", "PTY", "REB", "REF",
                "REL", "SEP", "SPY", "UAF");
    }

    @Test
    void everyIcewsCountryNameIsMapped() throws Exception {
        Set<String> names = new TreeSet<>();
        List<String> lines = Files.readAllLines(events().resolve("icews-events-2018-sample.tab"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            names.add(f[4]); // Source Country
            names.add(f[10]); // Target Country
            names.add(f[17]); // Country (where)
        }
        names.remove("NA");
        assertThat(names.stream().filter(n -> COUNTRIES.resolveName(n).kind() == Kind.UNMAPPED)).isEmpty();
        assertThat(COUNTRIES.resolveName("Russian Federation").ccode()).isEqualTo(365);
        assertThat(COUNTRIES.resolveName("China").ccode()).isEqualTo(710);
        assertThat(COUNTRIES.resolveName("Occupied Palestinian Territory").kind()).isEqualTo(Kind.NON_STATE);
    }

    @Test
    void knownCodes() {
        // COW codes from the shared data README and states2016.csv
        Map<String, Integer> expected = Map.of("RUS", 365, "USR", 365, "CHN", 710, "USA", 2, "TWN", 713, "PRK", 731,
                "KOR", 732, "GMW", 260, "DEU", 255, "KAZ", 705);
        expected.forEach((code, ccode) -> assertThat(COUNTRIES.resolveCameo(code).ccode()).as(code).isEqualTo(ccode));
        assertThat(COUNTRIES.resolveCameo("EUR").kind()).isEqualTo(Kind.NON_STATE);
        assertThat(COUNTRIES.resolveCameo("HKG").kind()).isEqualTo(Kind.NON_STATE);
    }

    /** Each state row names its COW abbreviation ("COW RUS"): it must be the abbreviation of that ccode. */
    @Test
    void stateRowsAgreeWithTheCowStateList() throws Exception {
        Map<Integer, Set<String>> abbs = new HashMap<>();
        List<String> cow = Files.readAllLines(events().resolve("../cow/states2016.csv"));
        for (String line : cow.subList(1, cow.size())) {
            String[] f = line.split(",");
            abbs.computeIfAbsent(Integer.valueOf(f[1]), k -> new HashSet<>()).add(f[0]);
        }
        for (String file : List.of("cameo-codes.csv", "icews-names.csv")) {
            Set<String> seen = new HashSet<>();
            for (List<String> row : rows(file)) {
                assertThat(seen.add(row.get(1).toLowerCase())).as(file + ": " + row.get(1) + " listed twice").isTrue();
                if (!row.get(3).equals("state")) {
                    assertThat(row.get(2)).as(file + ": " + row).isEmpty();
                    continue;
                }
                int ccode = Integer.parseInt(row.get(2));
                assertThat(abbs).as(file + ": " + row).containsKey(ccode);
                String abb = row.get(4).replaceAll(".*COW ([A-Z]{3}).*", "$1");
                assertThat(abbs.get(ccode)).as(file + ": " + row).contains(abb);
            }
        }
    }

    private static List<List<String>> rows(String file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = CountryResolver.class.getResourceAsStream("countries/" + file);
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CsvRecord r : csv) {
                if (!r.getField(0).equals("scheme")) {
                    out.add(r.getFields());
                }
            }
        }
        return out;
    }
}
