package org.entente.assess;

import java.util.List;

/**
 * A small table inside a section (deliveries by year, the ACH matrix...). Cells are display
 * strings; each row carries its own sources so a reader can trace any line of the table.
 */
public record Table(String key, String title, List<String> columns, List<Row> rows, String note) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row's cells, in column order, and the sources of its figures. */
    public record Row(List<String> cells, List<SourceRef> sources) {
        public Row {
            cells = List.copyOf(cells);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }
}
