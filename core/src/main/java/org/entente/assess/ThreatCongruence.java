package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.entente.source.casefile.Party;
import org.entente.source.casefile.ThreatPerception;

/**
 * Section 2's rules (rule-threat): each party's threat perceptions as a vector of intensities
 * (0..3) over (source, issue) keys, and how congruent the partners' vectors are.
 *
 * <p>Congruence is the weighted Jaccard (Ruzicka) similarity Σ min(a, b) / Σ max(a, b): the share
 * of the two parties' combined threat intensity that both feel. It is 1 for identical vectors and
 * 0 when no threat is shared, and unlike the cosine it falls when one side feels a shared threat
 * much more strongly than the other, which is the incongruence the alliance literature warns of.
 * The cosine is reported beside it. Threats a party perceives from its partner are kept out of the
 * vectors and reported as mutual threats.
 */
public final class ThreatCongruence {

    private ThreatCongruence() {}

    /** Highest intensity on the ordinal scale of {@link ThreatPerception}. */
    public static final int MAX_INTENSITY = 3;

    /** A threat: who threatens, over what. Keys compare without case. */
    public record Key(String source, String issue) implements Comparable<Key> {
        static Key of(ThreatPerception t) {
            return new Key(norm(t.threatSource()), norm(t.issue()));
        }

        @Override
        public int compareTo(Key o) {
            int c = source.compareTo(o.source);
            return c != 0 ? c : issue.compareTo(o.issue);
        }

        @Override
        public String toString() {
            return source + " / " + issue;
        }
    }

    /** One key with both parties' intensities and the perceptions behind them. */
    public record Entry(Key key, int a, int b, List<ThreatPerception> perceptions) {}

    /**
     * The comparison. {@code weightedJaccard} and {@code cosine} are NaN when neither party has an
     * external threat. {@code commonThreat} is the strongest threat both feel, in [0, 1]:
     * max over sources of min(A's, B's highest intensity from that source) / 3.
     */
    public record Result(List<Entry> entries, double weightedJaccard, double cosine, double sourceJaccard,
            double commonThreat, String commonThreatSource, List<Entry> shared, List<Entry> onlyA,
            List<Entry> onlyB, List<ThreatPerception> mutual) {}

    static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public static Result compare(List<ThreatPerception> perceptions, Party a, Party b) {
        Map<Key, int[]> vec = new LinkedHashMap<>();
        Map<Key, List<ThreatPerception>> behind = new LinkedHashMap<>();
        List<ThreatPerception> mutual = new ArrayList<>();
        for (ThreatPerception t : perceptions) {
            int side = PartyRef.is(t.perceiver(), a) ? 0 : PartyRef.is(t.perceiver(), b) ? 1 : -1;
            if (side < 0) {
                continue;
            }
            Party partner = side == 0 ? b : a;
            if (PartyRef.is(t.threatSource(), partner)) {
                mutual.add(t);
                continue;
            }
            Key k = Key.of(t);
            int[] v = vec.computeIfAbsent(k, x -> new int[2]);
            v[side] = Math.max(v[side], t.intensity()); // the same threat twice: the stronger reading
            behind.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
        }
        List<Entry> entries = new ArrayList<>();
        for (Key k : new TreeSet<>(vec.keySet())) {
            entries.add(new Entry(k, vec.get(k)[0], vec.get(k)[1], behind.get(k)));
        }
        // by source: the highest intensity over the source's issues
        Map<String, int[]> bySource = new LinkedHashMap<>();
        for (Entry e : entries) {
            int[] v = bySource.computeIfAbsent(e.key().source(), x -> new int[2]);
            v[0] = Math.max(v[0], e.a());
            v[1] = Math.max(v[1], e.b());
        }
        double common = 0;
        String commonSource = null;
        for (var e : bySource.entrySet()) {
            int m = Math.min(e.getValue()[0], e.getValue()[1]);
            if (m > 0 && m / (double) MAX_INTENSITY > common) {
                common = m / (double) MAX_INTENSITY;
                commonSource = e.getKey();
            }
        }
        List<int[]> pairs = entries.stream().map(e -> new int[] {e.a(), e.b()}).toList();
        return new Result(entries, weightedJaccard(pairs), cosine(pairs), weightedJaccard(List.copyOf(bySource.values())),
                common, commonSource,
                entries.stream().filter(e -> e.a() > 0 && e.b() > 0).toList(),
                entries.stream().filter(e -> e.a() > 0 && e.b() == 0).toList(),
                entries.stream().filter(e -> e.a() == 0 && e.b() > 0).toList(),
                mutual);
    }

    /** Σ min / Σ max over the pairs; NaN when every intensity is 0. */
    public static double weightedJaccard(List<int[]> pairs) {
        double min = 0;
        double max = 0;
        for (int[] p : pairs) {
            min += Math.min(p[0], p[1]);
            max += Math.max(p[0], p[1]);
        }
        return max == 0 ? Double.NaN : min / max;
    }

    /** Σ ab / (|a| |b|); NaN when either vector is all zero. */
    public static double cosine(List<int[]> pairs) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int[] p : pairs) {
            dot += (double) p[0] * p[1];
            na += (double) p[0] * p[0];
            nb += (double) p[1] * p[1];
        }
        return na == 0 || nb == 0 ? Double.NaN : dot / Math.sqrt(na * nb);
    }
}
