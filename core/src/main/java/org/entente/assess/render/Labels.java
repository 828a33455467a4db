package org.entente.assess.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.entente.model.Party;
import org.entente.assess.Assessment;
import org.entente.assess.Citation;
import org.entente.assess.Section;
import org.entente.assess.SourceRef;

/** Phrases every renderer shares. */
final class Labels {

    private Labels() {}

    static String status(Section.Status s) {
        return switch (s) {
            case COMPUTED -> "computed";
            case NO_CASE_EVIDENCE -> "no case evidence";
            case NO_DATA -> "no data";
        };
    }

    static String parties(Assessment a) {
        return a.parties().stream().map(Labels::party).collect(Collectors.joining(" and "));
    }

    static String party(Party p) {
        return p.name() + " (" + p.abbrev() + ", COW " + p.ccode() + ")";
    }

    static String period(Assessment a) {
        return (a.fromYear() == a.toYear() ? Integer.toString(a.fromYear()) : a.fromYear() + "–" + a.toYear())
                + (a.year() != a.toYear() ? ", assessed as of " + a.year() : "");
    }

    /** References in brief: the case source ids together ("case paper-n4, paper-s3"), then the others. */
    static String refs(List<SourceRef> refs) {
        List<String> caseIds = refs.stream().filter(r -> r.kind() == SourceRef.Kind.CASE).map(SourceRef::id).distinct().toList();
        List<String> out = new java.util.ArrayList<>();
        if (!caseIds.isEmpty()) {
            out.add("case " + String.join(", ", caseIds));
        }
        refs.stream().filter(r -> r.kind() != SourceRef.Kind.CASE).map(SourceRef::label).distinct().forEach(out::add);
        return String.join("; ", out);
    }

    /**
     * The bibliography grouped by work: each citation once, with the ids and locators that point
     * into it ("paper-n4 note 4, paper-s3 section 3").
     */
    static java.util.Map<String, List<Citation>> byWork(List<Citation> bib) {
        java.util.Map<String, List<Citation>> m = new java.util.LinkedHashMap<>();
        for (Citation c : bib) {
            m.computeIfAbsent(c.citation(), k -> new java.util.ArrayList<>()).add(c);
        }
        return m;
    }

    static String locators(List<Citation> cs) {
        return cs.stream().map(c -> c.id() + (c.locator() == null || c.locator().isBlank() ? "" : " (" + c.locator() + ")"))
                .collect(Collectors.joining(", "));
    }

    static String rating(Assessment a) {
        return a.verdict().rating().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
