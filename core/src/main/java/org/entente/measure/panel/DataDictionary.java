package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.data.DatasetInfo;

/**
 * The data dictionary of a panel: every column with its type, unit, meaning and sources, then
 * every source with the dataset(s) and version used, the years covered and the citation.
 */
public final class DataDictionary {

    private DataDictionary() {}

    public static void print(Panel panel, PrintWriter out) {
        List<Column> columns = panel.allColumns();
        int w = columns.stream().mapToInt(c -> c.name().length()).max().orElse(6);
        out.println("COLUMNS");
        for (Column c : columns) {
            out.printf("  %-" + w + "s  %-7s  %s%n", c.name(), c.type(), c.unit());
            out.printf("  %-" + w + "s  %s%n", "", c.meaning());
            out.printf("  %-" + w + "s  from: %s%n", "",
                    c.sources().stream().map(Source::title).collect(Collectors.joining("; ")));
        }
        Set<Source> used = new LinkedHashSet<>();
        columns.forEach(c -> used.addAll(c.sources()));
        out.println();
        out.println("SOURCES");
        for (Source s : Source.values()) {
            if (!used.contains(s)) {
                continue;
            }
            out.println("  " + s.title());
            List<DatasetInfo> ds = panel.datasets().getOrDefault(s, List.of());
            if (ds.isEmpty()) {
                out.println("    not loaded: the columns from it are empty");
            }
            for (String line : datasetLines(ds)) {
                out.println("    " + line);
            }
            Coverage c = panel.coverage().get(s);
            if (c != null) {
                out.println("    years covered: " + c);
            }
            String note = panel.notes().get(s);
            if (note != null) {
                out.println("    note: " + note);
            }
            for (String cite : ds.stream().map(DatasetInfo::citation).collect(Collectors.toCollection(LinkedHashSet::new))) {
                out.println("    cite: " + cite);
            }
        }
        out.flush();
    }

    /** One line per dataset, or a summary line per kind and version when a source spans many files. */
    static List<String> datasetLines(List<DatasetInfo> ds) {
        if (ds.size() <= 3) {
            return ds.stream().map(DatasetInfo::label).toList();
        }
        Map<String, List<DatasetInfo>> groups = new LinkedHashMap<>();
        for (DatasetInfo d : ds) {
            String key = d.kind() + (d.version() == null ? "" : ", version " + d.version())
                    + (d.generated() == null ? "" : ", generated " + d.generated());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((key, list) -> lines.add(list.size() + " files (" + key + "), e.g. " + list.get(0).fileName()));
        return lines;
    }
}
