package org.entente.assess;

import java.util.ArrayList;
import java.util.List;

/** Collects a section's parts as its builder finds them. */
final class SectionBuilder {

    private final int number;
    private final String key;
    private final String title;
    private Section.Status status = Section.Status.COMPUTED;
    private String summary = "";
    final List<Finding> findings = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<DataUse> uses = new ArrayList<>();
    final List<DataGap> gaps = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<FactorInput> factors = new ArrayList<>();

    SectionBuilder(int number, String key, String title) {
        this.number = number;
        this.key = key;
        this.title = title;
    }

    SectionBuilder status(Section.Status s) {
        this.status = s;
        return this;
    }

    SectionBuilder summary(String s) {
        this.summary = s;
        return this;
    }

    void use(DataUse u) {
        if (uses.stream().noneMatch(x -> x.datasetId() == u.datasetId())) {
            uses.add(u);
        }
    }

    void finding(Finding f) {
        findings.add(f);
    }

    void note(String n) {
        notes.add(n);
    }

    SectionOutcome build() {
        return new SectionOutcome(new Section(number, key, title, status, summary, findings, tables, uses, gaps, notes),
                factors);
    }
}
