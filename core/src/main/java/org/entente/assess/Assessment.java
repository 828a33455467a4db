package org.entente.assess;

import java.util.List;
import org.entente.model.Party;


/**
 * The whole result of {@code entente assess}: what was assessed (a case file, or a pair of states
 * from loaded data only), the eight sections, the durability verdict, the assumptions applied and
 * the bibliography. A plain tree of records: the renderers (text, Markdown, JSON, HTML, the report)
 * only format it.
 *
 * <p>{@code caseId} is null when no case file was used. {@code year} is the year the data-driven
 * sections look at (the case's end year unless {@code --year} says otherwise). {@code baselineVerdict}
 * is the verdict without the {@code --assume} overrides, present only when there are some.
 * {@code missingYears} lists, for a window partly outside the loaded data, each dataset family and
 * the years of the window it does not cover.
 */
public record Assessment(String caseId, String title, List<Party> parties, int fromYear, int toYear, int year,
        List<Section> sections, Verdict verdict, Verdict baselineVerdict, List<AppliedAssumption> assumptions,
        List<Citation> bibliography, String method, List<String> missingYears) {

    public Assessment {
        missingYears = List.copyOf(missingYears);
        parties = List.copyOf(parties);
        sections = List.copyOf(sections);
        assumptions = List.copyOf(assumptions);
        bibliography = List.copyOf(bibliography);
    }

    public Assessment(String caseId, String title, List<Party> parties, int fromYear, int toYear, int year,
            List<Section> sections, Verdict verdict, Verdict baselineVerdict, List<AppliedAssumption> assumptions,
            List<Citation> bibliography, String method) {
        this(caseId, title, parties, fromYear, toYear, year, sections, verdict, baselineVerdict, assumptions,
                bibliography, method, List.of());
    }

    /** Section {@code n} (1..8), or null. */
    public Section section(int n) {
        return sections.stream().filter(s -> s.number() == n).findFirst().orElse(null);
    }

    public Section section(String key) {
        return sections.stream().filter(s -> key.equals(s.key())).findFirst().orElse(null);
    }
}
