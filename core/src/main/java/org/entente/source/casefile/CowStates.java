package org.entente.source.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.source.CountryResolver;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The COW state list as a case file names states: by COW abbreviation ({@code RUS}), COW code
 * ({@code 365}) or, through {@link CountryResolver}, an English name ({@code Russia}). The table
 * {@code cow-abbreviations.csv} is derived from COW's states2016.csv (see its header).
 */
final class CowStates {

    private static final CowStates SHARED = load();

    private final Map<String, Party> byAbbrev;
    private final Map<Integer, Party> byCcode;

    private CowStates(Map<String, Party> byAbbrev, Map<Integer, Party> byCcode) {
        this.byAbbrev = byAbbrev;
        this.byCcode = byCcode;
    }

    static CowStates shared() {
        return SHARED;
    }

    /** The state {@code text} names, if it is a COW abbreviation, code or a known state name. */
    Optional<Party> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.ofNullable(byCcode.get(Integer.valueOf(t)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        Party p = byAbbrev.get(t.toUpperCase(Locale.ROOT));
        if (p != null) {
            return Optional.of(p);
        }
        CountryResolver.Resolution r = CountryResolver.shared().resolveName(t);
        return r.isState() ? Optional.ofNullable(byCcode.get(r.ccode())) : Optional.empty();
    }

    /** True when {@code text} is written like a COW code (three capitals or digits) rather than a name. */
    static boolean looksLikeCode(String text) {
        String t = text.strip();
        return t.matches("[A-Z]{3}") || t.matches("\\d{1,4}");
    }

    private static CowStates load() {
        Map<String, Party> byAbbrev = new HashMap<>();
        Map<Integer, Party> byCcode = new HashMap<>();
        try (InputStream in = CowStates.class.getResourceAsStream("/org/entente/source/casefile/cow-abbreviations.csv");
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .commentStrategy(CommentStrategy.SKIP)
                        .skipEmptyLines(true)
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CsvRecord rec : csv) {
                if (rec.getField(0).equals("abbrev")) {
                    continue;
                }
                Party p = new Party(Integer.parseInt(rec.getField(1)), rec.getField(0), rec.getField(2));
                byAbbrev.put(p.abbrev(), p);
                byCcode.put(p.ccode(), p);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the COW state list cow-abbreviations.csv", e);
        }
        return new CowStates(Map.copyOf(byAbbrev), Map.copyOf(byCcode));
    }
}
