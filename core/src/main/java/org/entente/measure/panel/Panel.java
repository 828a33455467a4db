package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.util.List;
import java.util.Map;

import org.entente.data.DatasetInfo;

/**
 * A prepared panel: the query that yields its rows (over temporary tables of the connection it
 * was built on), its columns, and what they were built from, for the data dictionary.
 */
public record Panel(String query, List<Column> keys, List<Column> columns, Map<Source, List<DatasetInfo>> datasets,
        Map<Source, Coverage> coverage, Map<Source, String> notes, Map<String, Long> stepNanos) {

    public List<Column> allColumns() {
        var all = new java.util.ArrayList<>(keys);
        all.addAll(columns);
        return all;
    }
}
