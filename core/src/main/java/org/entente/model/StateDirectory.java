package org.entente.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The COW state list, the one every layer uses (a case file's parties, a pair on the command
 * line or the dashboard, a series label): read from the country mapping shipped with Entente,
 * whose {@code note} column carries the COW abbreviation ("COW RUS").
 */
public final class StateDirectory {

    private static final String FILE = "/org/entente/source/countries/cow-states.csv";
    private static volatile StateDirectory shared;

    private final List<State> states;
    private final Map<Integer, State> byCode = new HashMap<>();
    private final Map<String, State> byKey = new HashMap<>();

    private StateDirectory(List<State> states) {
        List<State> sorted = new ArrayList<>(states);
        sorted.sort(Comparator.comparing(State::name));
        this.states = Collections.unmodifiableList(sorted);
        for (State s : sorted) {
            byCode.put(s.ccode(), s);
            byKey.put(s.abbrev().toLowerCase(Locale.ROOT), s);
            byKey.put(s.name().toLowerCase(Locale.ROOT), s);
        }
    }

    public static StateDirectory shared() {
        StateDirectory d = shared;
        if (d == null) {
            synchronized (StateDirectory.class) {
                if (shared == null) {
                    shared = load();
                }
                d = shared;
            }
        }
        return d;
    }

    /** Every state, by name. */
    public List<State> all() {
        return states;
    }

    public Optional<State> byCode(int ccode) {
        return Optional.ofNullable(byCode.get(ccode));
    }

    /** A state named by COW abbreviation, COW name or COW code (any case). */
    public Optional<State> find(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = ref.strip();
        if (r.chars().allMatch(Character::isDigit) && r.length() <= 4) {
            return byCode(Integer.parseInt(r));
        }
        return Optional.ofNullable(byKey.get(r.toLowerCase(Locale.ROOT)));
    }

    /** A label for a COW code: the abbreviation, or the code itself if the list lacks it. */
    public String abbrev(int ccode) {
        State s = byCode.get(ccode);
        return s == null ? Integer.toString(ccode) : s.abbrev();
    }

    private static StateDirectory load() {
        List<State> list = new ArrayList<>();
        try (InputStream in = StateDirectory.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the state list " + FILE + " is missing from the class path");
            }
            try (CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                    .skipEmptyLines(true).ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CsvRecord r : csv) {
                    if (r.getFieldCount() < 5 || !"name".equals(r.getField(0)) || !"state".equals(r.getField(3))) {
                        continue;
                    }
                    String note = r.getField(4).strip();
                    if (!note.startsWith("COW ")) {
                        continue;
                    }
                    list.add(new State(Integer.parseInt(r.getField(2).strip()), note.substring(4).strip(),
                            r.getField(1).strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
        return new StateDirectory(list);
    }
}
