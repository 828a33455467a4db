package org.entente.report;

import java.util.List;

import org.entente.report.data.TimelineEntry;

import org.entente.assess.Assessment;

/**
 * Everything a report shows: the assessment (verdict, the eight sections and their tables), the
 * charts placed in its sections, the case timeline and the bibliography. Renderers only format it.
 */
public record ReportDocument(String id, Assessment assessment, List<Figure> figures, List<TimelineEntry> timeline,
        List<BibEntry> bibliography, String generatedBy) {

    public ReportDocument {
        figures = List.copyOf(figures);
        timeline = List.copyOf(timeline);
        bibliography = List.copyOf(bibliography);
    }

    /** The charts placed in section {@code n}, in order. */
    public List<Figure> figuresFor(int n) {
        return figures.stream().filter(f -> f.section() == n).toList();
    }

    /** The charts that belong to no numbered section. */
    public List<Figure> unplacedFigures() {
        return figures.stream().filter(f -> assessment.section(f.section()) == null).toList();
    }
}
