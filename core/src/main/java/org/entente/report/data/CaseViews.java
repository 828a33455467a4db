package org.entente.report.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.entente.model.ArmsDeal;
import org.entente.model.Case;
import org.entente.model.Consistency;
import org.entente.model.Evidence;
import org.entente.model.Hypothesis;
import org.entente.model.PartialDate;
import org.entente.model.Summit;
import org.entente.model.Treaty;
import org.entente.assess.CompetingHypotheses;
import org.entente.assess.RhetoricScale;
import org.entente.assess.ThreatCongruence;

/**
 * What the outputs show of a case file: the timeline, the rhetoric barometer, the threat matrix and
 * the ACH matrix. The numbers come from the assessment's own rules ({@link RhetoricScale},
 * {@link ThreatCongruence}, {@link CompetingHypotheses}); this class only arranges them.
 */
public final class CaseViews {

    private CaseViews() {}

    /** A summit on the barometer: its level, and whether the analyst set it or the scale's phrase did. */
    public record BarometerEntry(String summitId, String tag, String date, double time, String place,
            List<String> leaders, String characterisation, Integer level, String levelLabel, String decidedBy,
            List<String> sources) {}

    /** The barometer: the scale's level names (index = level) and the summits in date order. */
    public record Barometer(List<String> levels, List<BarometerEntry> summits) {}

    /** Threats (source / issue) against the two parties' intensities, and the congruence measures. */
    public record ThreatMatrix(List<String> parties, List<String> threats, List<List<Integer>> intensity,
            Double weightedJaccard, Double cosine, List<String> mutual) {}

    /** One hypothesis of the ACH matrix with its weighted inconsistency; the lowest leads. */
    public record AchHypothesis(String id, String label, String theorist, double inconsistency, boolean leads) {}

    /** One evidence item: its ratings in hypothesis order ("CC", "C", "N", "I", "II") and diagnosticity. */
    public record AchItem(String id, String description, double weight, List<String> ratings, double diagnosticity,
            List<String> sources) {}

    public record AchMatrix(List<AchHypothesis> hypotheses, List<AchItem> items, String mostDiagnostic,
            List<String> leadersWithoutMostDiagnostic) {}

    /** Every dated event of the case in date order; summits are tagged S1, S2... as on the barometer. */
    public static List<TimelineEntry> timeline(Case c) {
        List<TimelineEntry> out = new ArrayList<>();
        List<Summit> summits = sortedSummits(c);
        for (int i = 0; i < summits.size(); i++) {
            Summit s = summits.get(i);
            String who = s.leaders() == null || s.leaders().isEmpty() ? "" : String.join(", ", s.leaders());
            out.add(new TimelineEntry(s.date().toString(), time(s.date()), kind(s.kind(), "summit"),
                    join(s.place(), who), join(s.characterisation(), s.note()), tag(i), s.sources()));
        }
        for (Treaty t : c.treaties()) {
            if (t.signed() != null) {
                out.add(new TimelineEntry(t.signed().toString(), time(t.signed()), "treaty", t.name(),
                        join(t.place(), t.note()), "", t.sources()));
            }
        }
        for (ArmsDeal d : c.armsDeals()) {
            if (d.orderYear() != null) {
                String what = (d.quantity() == null ? "" : d.quantity() + " × ") + d.system();
                out.add(new TimelineEntry(Integer.toString(d.orderYear()), d.orderYear() + 0.5, "arms deal",
                        d.supplier() + " → " + d.recipient() + ": " + what, d.note(), "", d.sources()));
            }
        }
        out.sort(Comparator.comparingDouble(TimelineEntry::time));
        return out;
    }

    public static Barometer barometer(Case c) {
        RhetoricScale scale = RhetoricScale.standard();
        List<String> names = new ArrayList<>();
        for (int l = 0; l <= scale.maxLevel(); l++) {
            names.add(scale.label(l));
        }
        List<BarometerEntry> entries = new ArrayList<>();
        List<Summit> summits = sortedSummits(c);
        for (int i = 0; i < summits.size(); i++) {
            Summit s = summits.get(i);
            Integer level = s.level();
            String decidedBy;
            if (level != null) {
                decidedBy = "set by the analyst";
            } else {
                RhetoricScale.Score score = scale.score(s.characterisation());
                level = score.level();
                decidedBy = score.phrase() == null ? "no phrase of the scale" : "phrase \"" + score.phrase() + "\"";
            }
            entries.add(new BarometerEntry(s.id(), tag(i), s.date().toString(), time(s.date()), s.place(),
                    s.leaders() == null ? List.of() : s.leaders(), s.characterisation(), level,
                    level == null ? null : scale.label(level), decidedBy, s.sources()));
        }
        return new Barometer(names, entries);
    }

    public static ThreatMatrix threats(Case c) {
        ThreatCongruence.Result r = ThreatCongruence.compare(c.threats(), c.partyA(), c.partyB());
        List<String> threats = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        for (ThreatCongruence.Entry e : r.entries()) {
            threats.add(display(e));
            values.add(List.of(e.a(), e.b()));
        }
        List<String> mutual = r.mutual().stream()
                .map(t -> t.perceiver() + " from " + t.threatSource() + " (" + t.issue() + ", " + t.intensity() + ")")
                .toList();
        return new ThreatMatrix(List.of(c.partyA().abbrev(), c.partyB().abbrev()), threats, values,
                finite(r.weightedJaccard()), finite(r.cosine()), mutual);
    }

    public static AchMatrix ach(Case c) {
        List<Hypothesis> hs = c.hypotheses();
        List<Evidence> items = c.evidence();
        CompetingHypotheses.Result r = CompetingHypotheses.analyse(hs, items);
        List<AchHypothesis> hyps = r.scores().stream().map(s -> new AchHypothesis(s.hypothesis().id(),
                s.hypothesis().label(), s.hypothesis().theorist(), s.inconsistency(),
                r.leaders().contains(s.hypothesis().id()))).toList();
        List<AchItem> rows = new ArrayList<>();
        for (Evidence e : items) {
            List<String> ratings = hs.stream().map(h -> {
                Consistency x = e.ratings() == null ? null : e.ratings().get(h.id());
                return (x == null ? Consistency.N : x).name();
            }).toList();
            double diag = r.diagnosticity().stream().filter(d -> d.item() == e).mapToDouble(
                    CompetingHypotheses.Diagnosticity::value).findFirst().orElse(0);
            rows.add(new AchItem(e.id(), e.description(), e.weight(), ratings, diag, e.sources()));
        }
        CompetingHypotheses.Drop most = r.mostDiagnosticDropped();
        return new AchMatrix(hyps, rows, most == null ? null : most.dropped().id(),
                most == null ? List.of() : most.leaders());
    }

    /** A threat's row label: the source, then the issue when there is one. */
    static String display(ThreatCongruence.Entry e) {
        String source = e.perceptions().isEmpty() ? e.key().source() : e.perceptions().get(0).threatSource();
        String issue = e.perceptions().isEmpty() ? e.key().issue() : e.perceptions().get(0).issue();
        return issue == null || issue.isBlank() ? source : source + " / " + issue;
    }

    private static List<Summit> sortedSummits(Case c) {
        return c.summits().stream().filter(s -> s.date() != null)
                .sorted(Comparator.comparing(Summit::date)).toList();
    }

    static String tag(int index) {
        return "S" + (index + 1);
    }

    /** A date as a fractional year: mid-month when the day is unknown, mid-year when the month is. */
    public static double time(PartialDate d) {
        if (d.month() == null) {
            return d.year() + 0.5;
        }
        double day = d.day() == null ? 15 : d.day();
        return d.year() + (d.month() - 1) / 12.0 + (day - 1) / 365.0;
    }

    private static String kind(String kind, String fallback) {
        return kind == null || kind.isBlank() ? fallback : kind.toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        boolean ha = a != null && !a.isBlank();
        boolean hb = b != null && !b.isBlank();
        return ha && hb ? a + " — " + b : ha ? a : hb ? b : "";
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
