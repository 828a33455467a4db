package org.entente.measure.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.source.CountryResolver;

/**
 * The pairs of states a user asked for with {@code --dyads A-B,C-D}. A pair keeps both directions
 * (A to B and B to A); the series stay directed. States are COW codes, or names and CAMEO codes that
 * the country mapping resolves ({@code RUS-CHN}, {@code 365-710}).
 */
public record DyadFilter(Set<Pair> pairs) {

    public record Pair(int a, int b) {}

    public static final DyadFilter ALL = new DyadFilter(Set.of());

    public DyadFilter {
        pairs = Set.copyOf(pairs);
    }

    public boolean isAll() {
        return pairs.isEmpty();
    }

    /** @throws IllegalArgumentException naming the part that is not a pair of states */
    public static DyadFilter parse(String spec, CountryResolver countries) {
        if (spec == null || spec.isBlank()) {
            return ALL;
        }
        Set<Pair> out = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            if (dash <= 0 || dash == p.length() - 1 || p.indexOf('-', dash + 1) >= 0) {
                throw new IllegalArgumentException("'" + p + "' is not a pair A-B (COW codes or CAMEO codes, e.g. 365-710 or RUS-CHN)");
            }
            out.add(new Pair(state(p.substring(0, dash), countries), state(p.substring(dash + 1), countries)));
        }
        return new DyadFilter(out);
    }

    public static int state(String s, CountryResolver countries) {
        String t = s.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        for (CountryResolver.Resolution r : List.of(countries.resolveCameo(t), countries.resolveName(t))) {
            if (r.isState()) {
                return r.ccode();
            }
        }
        throw new IllegalArgumentException("'" + t + "' is neither a COW code nor a state the country mapping knows");
    }

    /** A SQL condition on the two ccode columns, in the SQL both engines accept. */
    public String sql(String source, String target) {
        if (isAll()) {
            return "TRUE";
        }
        List<String> terms = new ArrayList<>();
        for (Pair p : sorted()) {
            terms.add("(" + source + " = " + p.a() + " AND " + target + " = " + p.b() + ")");
            terms.add("(" + source + " = " + p.b() + " AND " + target + " = " + p.a() + ")");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    public String toArg() {
        return sorted().stream().map(p -> p.a() + "-" + p.b()).collect(Collectors.joining(","));
    }

    private List<Pair> sorted() {
        List<Pair> l = new ArrayList<>(pairs);
        l.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return l;
    }
}
