package org.entente.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Resolves the names and codes that datasets use for countries to COW state codes.
 *
 * <p>The mapping is data, not code: CSV files under {@code org/entente/source/countries/}, each
 * documenting its sources in its header comment. Columns: {@code scheme,name,ccode,kind,note}.
 * {@code scheme} is {@code name} (English names, as SIPRI, ICEWS and COW write them) or
 * {@code cameo} (GDELT's CAMEO/ISO-3 country codes). {@code kind} is {@code state},
 * {@code non-state}, {@code organisation} or {@code unknown}; only states carry a ccode.
 */
public final class CountryResolver {

    /**
     * Files read in order; a later file may repeat a name an earlier one gave only with the same
     * kind and ccode (the earlier row, note included, is kept).
     */
    static final List<String> FILES = List.of(
            "countries/cow-states.csv",
            "countries/sipri-names.csv",
            "countries/cameo-codes.csv",
            "countries/icews-names.csv");

    public enum Kind { STATE, NON_STATE, ORGANISATION, UNKNOWN, UNMAPPED }

    /** What a name resolved to; {@code ccode} is null unless {@code kind} is STATE. */
    public record Resolution(String scheme, String name, Integer ccode, Kind kind, String reason) {
        public boolean isState() {
            return kind == Kind.STATE;
        }
    }

    private static volatile CountryResolver shared;

    private final Map<String, Resolution> byKey;

    private CountryResolver(Map<String, Resolution> byKey) {
        this.byKey = byKey;
    }

    /** The mapping shipped with Entente, loaded once. */
    public static CountryResolver shared() {
        CountryResolver r = shared;
        if (r == null) {
            synchronized (CountryResolver.class) {
                if (shared == null) {
                    shared = load();
                }
                r = shared;
            }
        }
        return r;
    }

    public Resolution resolveName(String name) {
        return resolve("name", name);
    }

    public Resolution resolveCameo(String code) {
        return resolve("cameo", code);
    }

    public Resolution resolve(String scheme, String raw) {
        if (raw == null || raw.isBlank()) {
            return new Resolution(scheme, raw, null, Kind.UNKNOWN, "blank");
        }
        Resolution found = byKey.get(key(scheme, raw));
        if (found != null) {
            return found;
        }
        String trimmed = raw.strip();
        // SIPRI marks non-state actors with '*' and international organisations with '**'.
        if ("name".equals(scheme) && trimmed.endsWith("**")) {
            return new Resolution(scheme, raw, null, Kind.ORGANISATION, "international organisation (SIPRI '**')");
        }
        if ("name".equals(scheme) && trimmed.endsWith("*")) {
            return new Resolution(scheme, raw, null, Kind.NON_STATE, "non-state actor (SIPRI '*')");
        }
        return new Resolution(scheme, raw, null, Kind.UNMAPPED, "not in the country mapping");
    }

    static String key(String scheme, String name) {
        return scheme + "\u0000" + normalise(name);
    }

    /** How a name is compared: stripped, NFC, lower case. Engines that join on the mapping use it too. */
    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Every entry of the mapping, for engines that join against it rather than call {@link #resolve}. */
    public Collection<Resolution> entries() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /**
     * The shipped mapping plus a user's own files in the same format; an entry in {@code extra}
     * replaces a shipped entry for the same scheme and name, so a user can correct or extend it.
     */
    public static CountryResolver withExtraFiles(List<Path> extra) {
        Map<String, Resolution> map = new HashMap<>(shared().byKey);
        Map<String, Resolution> added = new HashMap<>();
        for (Path file : extra) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(file.toString(), reader, added);
            } catch (IOException e) {
                throw new BadInputException(file, 0, null, "cannot read the country mapping: " + e.getMessage(), e);
            }
        }
        map.putAll(added);
        return new CountryResolver(map);
    }

    private static CountryResolver load() {
        Map<String, Resolution> map = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = CountryResolver.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue; // a mapping file not written yet
                }
                read(file, new InputStreamReader(in, StandardCharsets.UTF_8), map);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read country mapping " + file, e);
            }
        }
        return new CountryResolver(map);
    }

    private static void read(String file, Reader reader, Map<String, Resolution> map) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .ofCsvRecord(reader)) {
            for (CsvRecord rec : csv) {
                if (rec.getField(0).equals("scheme")) {
                    continue; // header
                }
                Resolution r = parse(file, rec.getStartingLineNumber(), rec.getFields());
                Resolution previous = map.putIfAbsent(key(r.scheme(), r.name()), r);
                // the same name twice is fine if it means the same (notes may differ)
                if (previous != null && (previous.kind() != r.kind()
                        || !java.util.Objects.equals(previous.ccode(), r.ccode()))) {
                    throw new IllegalStateException(file + ":" + rec.getStartingLineNumber() + ": '"
                            + r.name() + "' is already mapped to " + previous.ccode());
                }
            }
        }
    }

    /** {@code scheme,name,ccode,kind,note}. */
    static Resolution parse(String file, long lineNo, List<String> f) {
        if (f.size() < 4) {
            throw new IllegalStateException(file + ":" + lineNo + ": expected scheme,name,ccode,kind,note");
        }
        Kind kind = switch (f.get(3).strip()) {
            case "state" -> Kind.STATE;
            case "non-state" -> Kind.NON_STATE;
            case "organisation" -> Kind.ORGANISATION;
            case "unknown" -> Kind.UNKNOWN;
            default -> throw new IllegalStateException(file + ":" + lineNo + ": field 'kind': unknown kind " + f.get(3));
        };
        Integer ccode = f.get(2).isBlank() ? null : Integer.valueOf(f.get(2).strip());
        if ((kind == Kind.STATE) != (ccode != null)) {
            throw new IllegalStateException(file + ":" + lineNo + ": a state needs a ccode and only a state has one");
        }
        String note = f.size() > 4 ? f.get(4) : "";
        String reason = kind == Kind.STATE ? note : (note.isBlank() ? kind.name().toLowerCase(Locale.ROOT) : note);
        return new Resolution(f.get(0).strip(), f.get(1).strip(), ccode, kind, reason);
    }
}
