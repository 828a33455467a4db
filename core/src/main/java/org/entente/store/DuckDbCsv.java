package org.entente.store;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.entente.source.HeadedCsv;

/**
 * A {@code read_csv(...)} table expression for letting DuckDB itself parse a large CSV inside
 * an import's transaction, for loaders where that is much faster than appending row by row.
 *
 * <p>Nothing is sniffed: the dialect is fixed (comma, double quotes, header on the first line)
 * and every column gets an explicit type, named by position ({@code c0, c1, ...}) so header
 * spelling and quoting do not matter. Columns not given a type are read as VARCHAR. DuckDB
 * reports a malformed value with a line number but in its own words, so a loader using this
 * re-reads the file with its Java reader when DuckDB fails, to raise the usual
 * {@link org.entente.source.BadInputException} naming file, line and field.
 */
public final class DuckDbCsv {

    private DuckDbCsv() {}

    /**
     * True if DuckDB can read the file exactly as {@code csv} does: a plain (not zipped) file with
     * the header on its first line, in an encoding DuckDB reads as UTF-8.
     */
    public static boolean usable(LoadContext ctx, HeadedCsv csv) {
        Charset cs = HeadedCsv.charsetOf(ctx.head());
        return !ctx.head().zipped() && csv.headerLine() == 1 && cs.equals(StandardCharsets.UTF_8);
    }

    /** The column alias DuckDB will give to the header's column {@code name}. */
    public static String column(HeadedCsv csv, String name) {
        return "c" + csv.column(name).index();
    }

    /**
     * {@code read_csv('file', ...)} with the types of the named columns (normalised header names);
     * {@code missing} are the field values read as NULL.
     */
    public static String readCsv(LoadContext ctx, HeadedCsv csv, Map<String, String> types, List<String> missing) {
        List<String> names = csv.columns();
        StringJoiner cols = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < names.size(); i++) {
            cols.add("'c" + i + "': '" + types.getOrDefault(names.get(i), "VARCHAR") + "'");
        }
        StringJoiner nulls = new StringJoiner(", ", "[", "]");
        for (String m : missing) {
            nulls.add(literal(m));
        }
        return "read_csv(" + literal(ctx.file().toAbsolutePath().toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"'"
                + ", nullstr = " + nulls + ", columns = " + cols + ")";
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
