package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.entente.data.Rows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Prints a query result as an aligned table, CSV or JSON (an array of objects). */
public final class ResultPrinter {

    public enum Format { TABLE, CSV, JSON }

    private ResultPrinter() {}

    public static long print(Rows rs, Format format, PrintWriter out) {
        return switch (format) {
            case TABLE -> table(rs, out);
            case CSV -> csv(rs, out);
            case JSON -> json(rs, out);
        };
    }

    private static List<String> columns(Rows rs) {
        return rs.columns();
    }

    private static String text(Rows rs, int i) {
        Object o = rs.get(i - 1);
        if (o == null) {
            return "";
        }
        if (o instanceof Object[] items) {
            return java.util.Arrays.toString(items);
        }
        return o.toString();
    }

    private static long table(Rows rs, PrintWriter out) {
        List<String> cols = columns(rs);
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

    private static long csv(Rows rs, PrintWriter out) {
        List<String> cols = columns(rs);
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

    private static long json(Rows rs, PrintWriter out) {
        List<String> cols = columns(rs);
        long n = 0;
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 0; i < cols.size(); i++) {
                    g.writeFieldName(cols.get(i));
                    Object o = rs.get(i);
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
