package org.entente.report.chart;

import java.util.List;

/**
 * A matrix to draw as coloured cells: {@code values[row][column]} picks the colour (null: blank
 * cell) and {@code cells[row][column]} the text written in it. Rows and columns carry short labels.
 */
public record Heatmap(List<String> rows, List<String> columns, Double[][] values, String[][] cells) {

    public Heatmap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (values.length != rows.size() || cells.length != rows.size()) {
            throw new IllegalArgumentException("a heatmap needs one row of values and cells per row label");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columns.size() || cells[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " of the heatmap does not have one cell per column");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty() || columns.isEmpty();
    }
}
