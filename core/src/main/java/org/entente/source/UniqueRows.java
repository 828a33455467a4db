package org.entente.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a second row with the same key. A duplicated row does not fail any parse, yet it
 * counts twice in every sum over the table (one duplicated NMC state-year halves a CINC share), so
 * a reader whose format has one row per key checks each key here, with the row's line.
 */
public final class UniqueRows {

    private final Path file;
    private final String key;
    private final Map<List<Object>, Long> firstLines = new HashMap<>();

    /** {@code key} names the key's fields as the error should say them, e.g. {@code "ccode, year"}. */
    public UniqueRows(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** Throws if a row with {@code values} as its key was already seen; {@code line} is this row's. */
    public void check(long line, Object... values) {
        Long first = firstLines.putIfAbsent(Arrays.asList(values), line);
        if (first != null) {
            throw new BadInputException(file, line, null, "duplicate row: (" + key + ") = " + Arrays.toString(values)
                    .replace("[", "(").replace("]", ")") + " is already on line " + first
                    + "; the file has one row per " + key + ", and a repeated row would be counted twice");
        }
    }
}
