package org.entente.assess;

import java.util.List;

/**
 * One of the eight sections of an assessment. {@code status} says whether it was computed, or
 * why not; {@code summary} is one generated sentence; {@code uses} lists the loaded datasets it
 * read and {@code gaps} the ones it would have read; {@code notes} are caveats (unit differences,
 * rules applied).
 */
public record Section(int number, String key, String title, Status status, String summary,
        List<Finding> findings, List<Table> tables, List<DataUse> uses, List<DataGap> gaps, List<String> notes) {

    /** Whether a section has something to report, and if not, for want of what. */
    public enum Status {
        /** computed from the case, the store or both */
        COMPUTED,
        /** the section needs case evidence (a case file) and there is none for this pair */
        NO_CASE_EVIDENCE,
        /** the section needs loaded data and the store holds none that applies */
        NO_DATA
    }

    public Section {
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
        uses = List.copyOf(uses);
        gaps = List.copyOf(gaps);
        notes = List.copyOf(notes);
    }

    /** The finding with {@code key}, or null. */
    public Finding finding(String findingKey) {
        return findings.stream().filter(f -> findingKey.equals(f.key())).findFirst().orElse(null);
    }

    /** The table with {@code key}, or null. */
    public Table table(String tableKey) {
        return tables.stream().filter(t -> tableKey.equals(t.key())).findFirst().orElse(null);
    }
}
