package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.model.TreatyObligation;
import org.entente.data.DatasetFamily;
import org.entente.assess.AllianceDefinition.SingerSmallType;
import org.entente.data.DyadAlliances;

/** Section 1: is it an alliance, and of what type? (rule-alliance) */
final class AllianceSection {

    static final String RULE = "rule-alliance";
    static final String LITERATURE = "Holsti, Hopmann and Sullivan 1973; Walt 1987; Singer and Small 1966";

    private AllianceSection() {}

    /** The commitment factor's score by type (rule-verdict). */
    static double commitmentScore(SingerSmallType t) {
        return switch (t) {
            case DEFENSE_PACT -> 1.0;
            case NEUTRALITY_OR_NON_AGGRESSION -> 0.5;
            case ENTENTE -> 0.25;
            case NONE -> 0.0;
        };
    }

    /**
     * Whether the section found an alliance by either definition, from the case or the data; null
     * when there is neither a case nor alliance data to tell.
     */
    record Outcome(SectionOutcome section, Boolean alliance) {}

    static Outcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(1, "alliance", "Is it an alliance, and of what type?");
        SourceRef method = SourceRef.method(RULE, LITERATURE);
        SingerSmallType caseType = null;
        boolean caseAlliance = false;
        List<SourceRef> caseRefs = new ArrayList<>();
        String caseSummary = null;
        if (ctx.hasCase()) {
            AllianceDefinition.Result r = AllianceDefinition.assess(ctx.kase.treaties(), ctx.kase.facts(), ctx.a, ctx.b,
                    ctx.year);
            caseType = r.type();
            caseAlliance = r.walt();
            List<SourceRef> decidingRefs = r.deciding() == null ? List.of() : refs(ctx, r.deciding());
            caseRefs.addAll(decidingRefs);
            s.finding(Finding.text("holsti", "Holsti et al.: a formal agreement to collaborate on national security",
                    r.holsti() ? "yes: " + r.deciding().treaty().name() + " (" + r.deciding().treaty().signed() + ")" : "no",
                    RULE, decidingRefs.isEmpty() ? List.of(method) : decidingRefs));
            List<SourceRef> waltRefs = new ArrayList<>(decidingRefs);
            s.finding(Finding.text("walt", "Walt: a formal or informal arrangement for security cooperation",
                    r.walt() ? (r.holsti() ? "yes (formal)" : "yes (informal): " + String.join("; ", r.informal()))
                            : "no", RULE, waltRefs.isEmpty() ? List.of(method) : waltRefs));
            String decided = r.deciding() == null ? "no formal treaty with a security provision"
                    : "decided by " + r.deciding().treaty().name() + ", " + article(r.deciding().deciding())
                            + " (" + obligation(r.deciding().deciding()) + ")";
            s.finding(Finding.text("type", "Singer–Small type of the latest agreement (highest commitment in its provisions)",
                    r.type().label() + "; " + decided, RULE, decidingRefs.isEmpty() ? List.of(method) : decidingRefs));
            if (r.strongest() != null && r.strongest() != r.deciding()) {
                s.finding(Finding.text("strongest", "Highest commitment among all agreements signed by " + ctx.year,
                        r.strongest().type().label() + " in " + r.strongest().treaty().name() + " (" + r.strongest().treaty().signed()
                                + ", " + obligation(r.strongest().deciding()) + ")", RULE, refs(ctx, r.strongest())));
            }
            List<Table.Row> rows = new ArrayList<>();
            for (AllianceDefinition.TreatyType t : r.treaties()) {
                rows.add(new Table.Row(List.of(t.treaty().name(), String.valueOf(t.treaty().signed()),
                        t.treaty().formal() ? "formal" : "informal", provisions(t),
                        t.type().label(), t.deciding() == null || t.deciding().article() == null ? "" : t.deciding().article()),
                        refs(ctx, t)));
            }
            if (!rows.isEmpty()) {
                s.tables.add(new Table("treaties", "Agreements between " + ctx.pair() + " signed by " + ctx.year,
                        List.of("agreement", "signed", "form", "provisions", "type", "deciding article"), rows, null));
            }
            caseSummary = r.walt()
                    ? "An alliance by " + (r.holsti() ? "both definitions" : "Walt's definition only") + "; "
                            + r.type().label() + "."
                    : "No alliance by either definition in the case evidence.";
        }

        // The datasets' codings, beside the case's reading.
        SingerSmallType dataType = null;
        List<SourceRef> dataRefs = new ArrayList<>();
        if (ctx.hasStore()) {
            List<Table.Row> rows = new ArrayList<>();
            Optional<DyadAlliances.Coding> atop = ctx.data().atopDyadYear(ctx.a.ccode(), ctx.b.ccode(), ctx.year);
            List<DyadAlliances.SharedAlliance> shared = ctx.data().atopShared(ctx.a.ccode(), ctx.b.ccode(), ctx.year);
            Optional<DyadAlliances.Coding> cow = ctx.data().cowDyadYear(ctx.a.ccode(), ctx.b.ccode(), ctx.year);
            for (DyadAlliances.Coding c : atop.stream().toList()) {
                SingerSmallType t = typeOf(c.flags());
                dataType = max(dataType, t);
                s.use(ctx.store.use(c.datasetId()));
                rows.add(new Table.Row(List.of("ATOP dyad-year " + ctx.year, flags(c.flags(), false), t.label(),
                        agreement(caseType, t)), List.of(ctx.store.ref(c.datasetId(), c.table(), c.selection(), c.rows(), null))));
            }
            for (DyadAlliances.SharedAlliance al : shared) {
                SingerSmallType t = typeOf(al.flags());
                dataType = max(dataType, t);
                s.use(ctx.store.use(al.datasetId()));
                rows.add(new Table.Row(List.of("ATOP alliance " + al.atopid() + (al.phase() == null ? "" : " phase " + al.phase())
                        + " (members since " + al.entered() + ")", flags(al.flags(), false), t.label(), agreement(caseType, t)),
                        List.of(ctx.store.ref(al.datasetId(), "atop_member",
                                "atopid " + al.atopid() + ", members " + ctx.a.ccode() + " and " + ctx.b.ccode(), 2, null))));
            }
            for (DyadAlliances.Coding c : cow.stream().toList()) {
                SingerSmallType t = typeOf(c.flags());
                dataType = max(dataType, t);
                s.use(ctx.store.use(c.datasetId()));
                rows.add(new Table.Row(List.of("COW alliance dyad-year " + ctx.year, flags(c.flags(), true), t.label(),
                        agreement(caseType, t)), List.of(ctx.store.ref(c.datasetId(), c.table(), c.selection(), c.rows(), null))));
            }
            if (atop.isEmpty() && shared.isEmpty()) {
                s.gaps.add(ctx.gap(DatasetFamily.ATOP, "no ATOP coding to set beside the case's reading"));
            }
            if (!rows.isEmpty()) {
                s.tables.add(new Table("codings", "How the alliance datasets code " + ctx.pair() + " in " + ctx.year,
                        List.of("coding", "obligations", "type by the same rule", "against the case"), rows,
                        "Obligation flags of either state toward the other; the type follows the case rule's ranking."));
                dataRefs.addAll(rows.stream().flatMap(x -> x.sources().stream()).toList());
                s.finding(Finding.text("data-type", "Type the loaded alliance data imply for " + ctx.year,
                        dataType.label(), RULE, dataRefs));
            }
        } else {
            s.gaps.add(ctx.gap(DatasetFamily.ATOP, "no ATOP coding to set beside the case's reading"));
        }

        SingerSmallType type = caseType != null ? caseType : dataType;
        Boolean alliance = !ctx.hasCase() && dataType == null ? null
                : caseAlliance || (dataType != null && dataType != SingerSmallType.NONE);
        if (!ctx.hasCase()) {
            if (dataType == null) {
                s.status(Section.Status.NO_DATA).summary("No case file and no alliance data loaded for " + ctx.pair() + ".");
            } else {
                s.summary("From the alliance data alone (no case evidence): " + (alliance
                        ? "a formal alliance, " + dataType.label() + "." : "no alliance coded in " + ctx.year + "."));
                s.note("No case evidence: the tests of Holsti et al. and Walt are not applied to treaty texts;"
                        + " ATOP and COW code written agreements only, so a coded alliance meets Holsti et al.'s test.");
            }
        } else {
            s.summary(caseSummary);
        }
        if (type != null && Boolean.TRUE.equals(alliance)) {
            s.factors.add(new FactorInput("commitment", "Formal commitment (alliance type)", commitmentScore(type),
                    type.label() + " scores " + Numbers.format(commitmentScore(type)),
                    caseType != null ? caseRefs : dataRefs));
        }
        return new Outcome(s.build(), alliance);
    }

    private static List<SourceRef> refs(Context ctx, AllianceDefinition.TreatyType t) {
        List<SourceRef> r = new ArrayList<>(ctx.cite(t.treaty()));
        if (t.deciding() != null) {
            for (SourceRef x : ctx.cite(t.deciding())) {
                if (r.stream().noneMatch(y -> y.label().equals(x.label()))) {
                    r.add(x);
                }
            }
        }
        return r;
    }

    private static String article(TreatyObligation o) {
        return o.article() == null || o.article().isBlank() ? "an unnumbered provision" : "article " + o.article();
    }

    private static String obligation(TreatyObligation o) {
        return o.obligation().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (o.against() == null || o.against().isBlank() ? "" : " against " + o.against());
    }

    private static String provisions(AllianceDefinition.TreatyType t) {
        List<String> out = new ArrayList<>();
        for (TreatyObligation o : t.treaty().provisions()) {
            if (o.obligation() != org.entente.model.Obligation.OTHER) {
                out.add((o.article() == null || o.article().isBlank() ? "" : o.article() + " ") + obligation(o));
            }
        }
        return out.isEmpty() ? "none on security" : String.join("; ", out);
    }

    private static SingerSmallType typeOf(DyadAlliances.Flags f) {
        return AllianceDefinition.typeOfFlags(f.defense(), f.offense(), f.neutrality(), f.nonAggression(), f.consultation());
    }

    private static SingerSmallType max(SingerSmallType x, SingerSmallType y) {
        return x == null || y.rank() > x.rank() ? y : x;
    }

    private static String agreement(SingerSmallType caseType, SingerSmallType dataType) {
        if (caseType == null) {
            return "no case reading";
        }
        return caseType == dataType ? "agrees" : "differs (case: " + caseType.label() + ")";
    }

    static String flags(DyadAlliances.Flags f, boolean cow) {
        List<String> on = new ArrayList<>();
        if (f.defense()) {
            on.add("defense");
        }
        if (f.offense()) {
            on.add("offense");
        }
        if (f.neutrality()) {
            on.add("neutrality");
        }
        if (f.nonAggression()) {
            on.add("non-aggression");
        }
        if (f.consultation()) {
            on.add(cow ? "entente" : "consultation");
        }
        return on.isEmpty() ? "none" : String.join(", ", on);
    }
}
