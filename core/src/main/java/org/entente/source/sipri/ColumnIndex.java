package org.entente.source.sipri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.source.BadInputException;

/**
 * Where each column of a SIPRI export is in one file's header. Columns are found by label, not by
 * position, so an export whose columns come in another order still reads; a column named by a
 * blank label right after a named one holds that column's uncertainty flag ('?'), as in the
 * classic trade register.
 */
final class ColumnIndex<C extends Enum<C> & SipriColumn> {

    /** Each column type's normalised labels, computed once. */
    private static final ClassValue<Map<String, Object>> LABELS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> m = new HashMap<>();
            for (Object c : type.getEnumConstants()) {
                for (String label : ((SipriColumn) c).labels()) {
                    m.putIfAbsent(SipriColumn.normalise(label), c);
                }
            }
            return Map.copyOf(m);
        }
    };

    private final Map<C, Integer> index;
    private final Map<C, Integer> flags;
    private final List<String> header;

    private ColumnIndex(Map<C, Integer> index, Map<C, Integer> flags, List<String> header) {
        this.index = index;
        this.flags = flags;
        this.header = header;
    }

    /** How many of the columns the header names: to tell a header line from a preamble line. */
    static <C extends Enum<C> & SipriColumn> int score(List<String> header, Class<C> columns) {
        return locate(header, columns).size();
    }

    /** The index of every column, or a BadInputException naming the first that is missing. */
    static <C extends Enum<C> & SipriColumn> ColumnIndex<C> of(Path file, long line, List<String> header,
            Class<C> columns, String format) {
        Map<C, Integer> found = locate(header, columns);
        for (C c : columns.getEnumConstants()) {
            if (!found.containsKey(c)) {
                List<String> unknown = unknownLabels(header, columns);
                String hint = unknown.isEmpty() ? "" : "; columns it does not know: " + String.join(", ", quoted(unknown));
                throw new BadInputException(file, line, c.label(), "the header has no column '" + c.label()
                        + "', which every " + format + " has" + hint);
            }
        }
        Map<C, Integer> flags = new EnumMap<>(columns);
        for (Map.Entry<C, Integer> e : found.entrySet()) {
            int next = e.getValue() + 1;
            if (next < header.size() && header.get(next).isBlank()) {
                flags.put(e.getKey(), next);
            }
        }
        return new ColumnIndex<>(found, flags, List.copyOf(header));
    }

    int index(C column) {
        return index.get(column);
    }

    /** The index of the column's '?' flag column, or -1 when it has none. */
    int flag(C column) {
        return flags.getOrDefault(column, -1);
    }

    /** The label of the field at {@code i}, for messages; a flag column is named after its column. */
    String labelAt(int i) {
        if (i < header.size() && !header.get(i).isBlank()) {
            return header.get(i).strip();
        }
        for (Map.Entry<C, Integer> e : flags.entrySet()) {
            if (e.getValue() == i) {
                return e.getKey().label() + " (uncertainty flag)";
            }
        }
        return "field " + (i + 1);
    }

    private static <C extends Enum<C> & SipriColumn> Map<C, Integer> locate(List<String> header, Class<C> columns) {
        Map<String, Object> labels = LABELS.get(columns);
        Map<C, Integer> found = new EnumMap<>(columns);
        for (int i = 0; i < header.size(); i++) {
            Object c = labels.get(SipriColumn.normalise(header.get(i)));
            if (c != null) {
                found.putIfAbsent(columns.cast(c), i);
            }
        }
        return found;
    }

    private static <C extends Enum<C> & SipriColumn> List<String> unknownLabels(List<String> header, Class<C> columns) {
        Map<String, Object> labels = LABELS.get(columns);
        List<String> unknown = new ArrayList<>();
        for (String h : header) {
            String n = SipriColumn.normalise(h);
            if (!n.isEmpty() && !labels.containsKey(n)) {
                unknown.add(h.strip());
            }
        }
        return unknown;
    }

    private static List<String> quoted(List<String> labels) {
        return labels.stream().map(l -> "'" + l + "'").collect(Collectors.toList());
    }
}
