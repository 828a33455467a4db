package org.entente.data;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Named columns and rows, read one at a time: what a CLI command prints as a table, CSV or JSON.
 * Either a query's result, read as it streams ({@link #of(ResultSet)}, for {@code entente sql}), or
 * rows already read ({@link #of(List, List)}). SQL arrays come out as {@code Object[]}.
 */
public final class Rows {

    private final List<String> columns;
    private final ResultSet rs;
    private final Iterator<List<Object>> rows;
    private List<Object> current;

    private Rows(List<String> columns, ResultSet rs, Iterator<List<Object>> rows) {
        this.columns = List.copyOf(columns);
        this.rs = rs;
        this.rows = rows;
    }

    /** The rows of an open result; the caller closes it. */
    public static Rows of(ResultSet rs) {
        return Sql.read(() -> {
            ResultSetMetaData md = rs.getMetaData();
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(md.getColumnLabel(i));
            }
            return new Rows(cols, rs, null);
        });
    }

    public static Rows of(List<String> columns, List<List<Object>> rows) {
        return new Rows(columns, null, rows.iterator());
    }

    public List<String> columns() {
        return columns;
    }

    /** Moves to the next row; false after the last. */
    public boolean next() {
        if (rs != null) {
            return Sql.read(rs::next);
        }
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    /** Column {@code i} (from 0) of the current row; null for SQL NULL. */
    public Object get(int i) {
        if (rs == null) {
            return current.get(i);
        }
        return Sql.read(() -> {
            Object o = rs.getObject(i + 1);
            return o instanceof Array a ? (Object[]) a.getArray() : o;
        });
    }
}
