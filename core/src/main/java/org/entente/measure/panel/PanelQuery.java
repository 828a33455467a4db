package org.entente.measure.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assembles a panel's SELECT: a base table, LEFT JOINs added once each, and columns in up to
 * {@link #LEVELS} levels, so a column can be computed from columns of a lower level (a share from
 * the flows, an index from its factors) without repeating their expressions. Helper columns feed
 * others without being output.
 */
final class PanelQuery {

    static final int LEVELS = 4;

    private record Entry(Column column, String expr, int level, boolean visible) {}

    private final String base;
    private final List<String> keys;
    private final Map<String, String> joins = new LinkedHashMap<>();
    private final Map<String, Entry> columns = new LinkedHashMap<>();

    /** @param base e.g. {@code p_dyad d}; @param keys its columns output first, in order */
    PanelQuery(String base, List<String> keys) {
        this.base = base;
        this.keys = keys;
    }

    void join(String alias, String clause) {
        joins.putIfAbsent(alias, clause);
    }

    /** Adds an output column, or makes an existing helper visible. */
    void column(int level, Column column, String expr) {
        put(level, column, expr, true);
    }

    /** Adds a helper column unless a column of that name exists already. */
    void helper(int level, String name, String expr) {
        if (!columns.containsKey(name)) {
            put(level, new Column(name, "", "", "", List.of()), expr, false);
        }
    }

    private void put(int level, Column column, String expr, boolean visible) {
        if (level < 1 || level > LEVELS) {
            throw new IllegalArgumentException("level " + level);
        }
        Entry old = columns.get(column.name());
        if (old != null) {
            if (visible && !old.visible()) {
                columns.put(column.name(), new Entry(column, old.expr(), old.level(), true));
            }
            return;
        }
        columns.put(column.name(), new Entry(column, expr, level, visible));
    }

    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The output columns, in order (keys excluded). */
    List<Column> visibleColumns() {
        return columns.values().stream().filter(Entry::visible).map(Entry::column).collect(Collectors.toList());
    }

    /**
     * The panel's SELECT, rows ordered by {@code orderBy} (key columns).
     *
     * <p>The rows are sorted right after the joins, before the derived columns of levels 2 and up
     * are computed: projections keep their input's order, and the sort then moves only the joined
     * columns instead of every output column (bench/dyads-bench.sh: the build without similarity
     * about 15% faster). The sort cannot go: DuckDB's parallel hash joins do not keep the spine's
     * order, and a panel written out of order is a panel a researcher cannot diff.
     */
    String sql(List<String> orderBy) {
        String alias = base.split(" ")[1];
        StringBuilder inner = new StringBuilder("SELECT ");
        inner.append(keys.stream().map(k -> alias + "." + k).collect(Collectors.joining(", ")));
        for (Map.Entry<String, Entry> e : columns.entrySet()) {
            if (e.getValue().level() == 1) {
                inner.append(",\n  ").append(e.getValue().expr()).append(" AS ").append(e.getKey());
            }
        }
        inner.append("\nFROM ").append(base);
        joins.values().forEach(j -> inner.append("\n").append(j));
        inner.append("\nORDER BY ").append(orderBy.stream().map(k -> alias + "." + k).collect(Collectors.joining(", ")));
        String sql = inner.toString();
        for (int level = 2; level <= LEVELS; level++) {
            List<String> adds = new ArrayList<>();
            for (Map.Entry<String, Entry> e : columns.entrySet()) {
                if (e.getValue().level() == level) {
                    adds.add(e.getValue().expr() + " AS " + e.getKey());
                }
            }
            if (!adds.isEmpty()) {
                sql = "SELECT *, " + String.join(",\n  ", adds) + "\nFROM (" + sql + ") q" + level;
            }
        }
        List<String> out = new ArrayList<>(keys);
        columns.forEach((name, e) -> {
            if (e.visible()) {
                out.add(name);
            }
        });
        return "SELECT " + String.join(", ", out) + "\nFROM (" + sql + ") panel";
    }
}
