package org.entente.report;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.Case;
import org.entente.assess.Assessment;
import org.entente.assess.Citation;
import org.entente.assess.Finding;
import org.entente.assess.Section;
import org.entente.assess.SourceRef;
import org.entente.assess.Table;
import org.entente.assess.Verdict;

/**
 * An assessment built by hand for rendering tests: eight sections whose text carries the case's
 * hostile strings, a verdict and a bibliography. The renderers only format what they are given,
 * so the figures in it need not come from the rules.
 */
final class SampleAssessment {

    private SampleAssessment() {}

    static Assessment of(Case c) {
        String[] titles = {"Is it an alliance, and of what type?", "Threat", "Incompatibilities and incongruities",
            "The arms trade as foundation", "Rhetoric barometer", "Competing hypotheses", "Claims check",
            "Durability verdict and what-if"};
        List<Section> sections = new ArrayList<>();
        SourceRef ref = SourceRef.caseSource("s1", c.sources().get(0).citation(), "p. <b>1</b>");
        for (int n = 1; n <= 8; n++) {
            Finding f = Finding.text("f" + n, "Finding " + n + " about " + c.title(), "<em>text</em> " + n,
                    "rule-" + n, List.of(ref));
            Table t = new Table("t" + n, "Table " + n + " <script>alert('table')</script>",
                    List.of("Year", "Value <b>bold</b>"),
                    List.of(new Table.Row(List.of("1995", "<script>alert('cell')</script>"), List.of(ref))), null);
            sections.add(new Section(n, "s" + n, titles[n - 1], Section.Status.COMPUTED,
                    "Summary " + n + ": " + c.summary(), List.of(f), List.of(t), List.of(), List.of(),
                    List.of("note <script>alert('note')</script>")));
        }
        Verdict v = new Verdict(Verdict.Rating.UNCERTAIN, 0.1, "Summary of the verdict <script>alert('v')</script>",
                List.of(new Verdict.Factor("threat", "Shared threat <script>alert('f')</script>", 0.5, 2, 0.25,
                        "basis <b>x</b>", List.of(ref))));
        return new Assessment(c.id(), c.title(), c.parties(), c.fromYear(), c.toYear(), c.toYear(), sections, v, null,
                List.of(), List.of(new Citation("s1", "other", c.sources().get(0).citation(), "p. <b>1</b>")),
                "docs/assessment-method.md");
    }
}
