package org.entente.measure.panel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code --with} list of a panel: comma-separated feature keys, or "all". */
final class FeatureList {

    private FeatureList() {}

    /**
     * Parses {@code list} into features of {@code type}, each named by {@code key}; "all" stands
     * for {@code all}. An unknown name fails with the names there are.
     */
    static <E extends Enum<E>> EnumSet<E> parse(Class<E> type, String list, Function<E, String> key, EnumSet<E> all) {
        EnumSet<E> out = EnumSet.noneOf(type);
        for (String part : list.split(",")) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (k.isEmpty()) {
                continue;
            }
            if (k.equals("all")) {
                out.addAll(all);
                continue;
            }
            out.add(EnumSet.allOf(type).stream().filter(f -> key.apply(f).equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown measure '" + part.strip()
                            + "'; choose from " + keys(type, key) + " or all")));
        }
        return out;
    }

    /** The keys of {@code type}, in declaration order, comma-separated. */
    static <E extends Enum<E>> String keys(Class<E> type, Function<E, String> key) {
        return EnumSet.allOf(type).stream().map(key).collect(Collectors.joining(", "));
    }
}
