package org.entente.assess.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.entente.assess.Assessment;
import org.entente.assess.Section;
import org.entente.assess.SourceRef;
import org.entente.source.casefile.Party;

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

    static String refs(List<SourceRef> refs) {
        return refs.stream().map(SourceRef::label).distinct().collect(Collectors.joining("; "));
    }

    static String rating(Assessment a) {
        return a.verdict().rating().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
