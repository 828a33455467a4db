package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.entente.model.Party;
import org.entente.model.ThreatPerception;


/**
 * Section 2's rules (rule-threat): each party's threat perceptions as a vector over threat
 * sources, and how congruent the partners' vectors are.
 *
 * <p>A party's threat from a source is the mean intensity (0..3) over the issues it names for that
 * source: the mean rather than the highest, so that a threat felt on one issue counts for less than
 * one felt across the board. Congruence is the weighted Jaccard (Ruzicka) similarity
 * Σ min(a, b) / Σ max(a, b) over sources: the share of the two parties' combined threat that both
 * feel. It is 1 for identical vectors and 0 when nothing is shared, and unlike the cosine it falls
 * when one side feels a shared threat much more strongly than the other, which is the incongruence
 * the alliance literature warns of. The cosine, and the same Jaccard over (source, issue) pairs,
 * are reported beside it. Threats a party perceives from its partner are kept out of the vectors
 * and reported as mutual threats.
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

    /**
     * One key with both parties' intensities and the perceptions behind them; {@code source} and
     * {@code issue} as the case first writes them.
     */
    public record Entry(Key key, String source, String issue, int a, int b, List<ThreatPerception> perceptions) {}

    /** One source with each party's mean intensity over the issues it names for it (0 if none). */
    public record SourceThreat(String source, double a, double b) {}

    /**
     * The comparison. {@code weightedJaccard} and {@code cosine} (over sources) and
     * {@code issueJaccard} (over source × issue) are NaN when neither party has an external threat.
     * {@code commonThreat} is the strongest threat both feel, in [0, 1]: max over sources of
     * min(A's, B's mean intensity) / 3; ties go to the source with the larger sum of the two.
     */
    public record Result(List<Entry> entries, List<SourceThreat> sources, double weightedJaccard, double cosine,
            double issueJaccard, double commonThreat, String commonThreatSource, List<Entry> shared, List<Entry> onlyA,
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
            ThreatPerception first = behind.get(k).get(0);
            entries.add(new Entry(k, first.threatSource().strip(), first.issue().strip(), vec.get(k)[0], vec.get(k)[1], behind.get(k)));
        }
        // by source: the mean intensity over the issues each party names for the source
        Map<String, double[]> bySource = new LinkedHashMap<>(); // sum A, issues A, sum B, issues B
        Map<String, String> names = new LinkedHashMap<>();
        for (Entry e : entries) {
            names.putIfAbsent(e.key().source(), e.source());
            double[] v = bySource.computeIfAbsent(e.key().source(), x -> new double[4]);
            boolean namedA = e.perceptions().stream().anyMatch(t -> PartyRef.is(t.perceiver(), a));
            boolean namedB = e.perceptions().stream().anyMatch(t -> PartyRef.is(t.perceiver(), b));
            if (namedA) {
                v[0] += e.a();
                v[1]++;
            }
            if (namedB) {
                v[2] += e.b();
                v[3]++;
            }
        }
        List<SourceThreat> sources = new ArrayList<>();
        bySource.forEach((src, v) -> sources.add(new SourceThreat(names.get(src), v[1] == 0 ? 0 : v[0] / v[1],
                v[3] == 0 ? 0 : v[2] / v[3])));
        double common = 0;
        double commonSum = 0;
        String commonSource = null;
        for (SourceThreat t : sources) {
            double m = Math.min(t.a(), t.b()) / MAX_INTENSITY;
            if (m > 0 && (m > common + 1e-12 || (Math.abs(m - common) < 1e-12 && t.a() + t.b() > commonSum))) {
                common = m;
                commonSum = t.a() + t.b();
                commonSource = t.source();
            }
        }
        List<double[]> sourcePairs = sources.stream().map(t -> new double[] {t.a(), t.b()}).toList();
        List<double[]> issuePairs = entries.stream().map(e -> new double[] {e.a(), e.b()}).toList();
        return new Result(entries, sources, weightedJaccard(sourcePairs), cosine(sourcePairs), weightedJaccard(issuePairs),
                common, commonSource,
                entries.stream().filter(e -> e.a() > 0 && e.b() > 0).toList(),
                entries.stream().filter(e -> e.a() > 0 && e.b() == 0).toList(),
                entries.stream().filter(e -> e.a() == 0 && e.b() > 0).toList(),
                mutual);
    }

    /** Σ min / Σ max over the pairs; NaN when every intensity is 0. */
    public static double weightedJaccard(List<double[]> pairs) {
        double min = 0;
        double max = 0;
        for (double[] p : pairs) {
            min += Math.min(p[0], p[1]);
            max += Math.max(p[0], p[1]);
        }
        return max == 0 ? Double.NaN : min / max;
    }

    /** Σ ab / (|a| |b|); NaN when either vector is all zero. */
    public static double cosine(List<double[]> pairs) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (double[] p : pairs) {
            dot += p[0] * p[1];
            na += p[0] * p[0];
            nb += p[1] * p[1];
        }
        return na == 0 || nb == 0 ? Double.NaN : dot / Math.sqrt(na * nb);
    }
}
