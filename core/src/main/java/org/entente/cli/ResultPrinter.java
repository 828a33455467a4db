package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Prints a query result, or rows a command built, as an aligned table, CSV or JSON (an array of objects). */
public final class ResultPrinter {

    public enum Format { TABLE, CSV, JSON }

    /** Rows to print, read once in order: a query's result set, or a list a command built. */
    private interface Rows {
        List<String> columns() throws SQLException;

        boolean next() throws SQLException;

        /** Column {@code i} (from 1) of the current row; null for none. */
        Object get(int i) throws SQLException;
    }

    private ResultPrinter() {}

    public static long print(ResultSet rs, Format format, PrintWriter out) throws SQLException {
        return print(new Rows() {
            @Override
            public List<String> columns() throws SQLException {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    cols.add(md.getColumnLabel(i));
                }
                return cols;
            }

            @Override
            public boolean next() throws SQLException {
                return rs.next();
            }

            @Override
            public Object get(int i) throws SQLException {
                return rs.getObject(i);
            }
        }, format, out);
    }

    /** Prints {@code rows}, each as long as {@code columns}. */
    public static long print(List<String> columns, List<? extends List<?>> rows, Format format, PrintWriter out) {
        var it = rows.iterator();
        Object[] current = new Object[1];
        try {
            return print(new Rows() {
                @Override
                public List<String> columns() {
                    return columns;
                }

                @Override
                public boolean next() {
                    if (!it.hasNext()) {
                        return false;
                    }
                    current[0] = it.next();
                    return true;
                }

                @Override
                public Object get(int i) {
                    return ((List<?>) current[0]).get(i - 1);
                }
            }, format, out);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long print(Rows rows, Format format, PrintWriter out) throws SQLException {
        return switch (format) {
            case TABLE -> table(rows, out);
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
        };
    }

    private static String text(Rows rs, int i) throws SQLException {
        Object o = rs.get(i);
        if (o == null) {
            return "";
        }
        if (o instanceof java.sql.Array a) {
            Object[] items = (Object[]) a.getArray();
            return java.util.Arrays.toString(items);
        }
        return o.toString();
    }

    private static long table(Rows rs, PrintWriter out) throws SQLException {
        List<String> cols = rs.columns();
        List<String[]> rows = new ArrayList<>();
        int[] width = cols.stream().mapToInt(String::length).toArray();
        while (rs.next()) {
            String[] row = new String[cols.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = text(rs, i + 1);
                width[i] = Math.max(width[i], row[i].length());
            }
            rows.add(row);
        }
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            out.print(pad(cols.get(i), width[i]) + (i + 1 < cols.size() ? "  " : "\n"));
            sep.append("-".repeat(width[i])).append(i + 1 < cols.size() ? "  " : "");
        }
        out.println(sep);
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.print(pad(row[i], width[i]) + (i + 1 < row.length ? "  " : "\n"));
            }
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
        return rows.size();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static long csv(Rows rs, PrintWriter out) throws SQLException {
        List<String> cols = rs.columns();
        long n = 0;
        try {
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(cols);
            String[] row = new String[cols.size()];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = text(rs, i + 1);
                }
                csv.writeRecord(row);
                n++;
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static long json(Rows rs, PrintWriter out) throws SQLException {
        List<String> cols = rs.columns();
        long n = 0;
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 0; i < cols.size(); i++) {
                    g.writeFieldName(cols.get(i));
                    Object o = rs.get(i + 1);
                    if (o == null) {
                        g.writeNull();
                    } else if (o instanceof Number num && !(o instanceof java.math.BigDecimal)) {
                        g.writeNumber(num.toString());
                    } else if (o instanceof java.math.BigDecimal bd) {
                        g.writeNumber(bd);
                    } else if (o instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(text(rs, i + 1));
                    }
                }
                g.writeEndObject();
                n++;
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
        return n;
    }
}
