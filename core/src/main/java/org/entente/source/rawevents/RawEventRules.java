package org.entente.source.rawevents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a raw event line well-formed, written once for two executors: Java (the Spark engine
 * and the search for sample lines) and SQL (the DuckDB engine, via {@link #duckDbValid}). Both apply
 * the same regular expressions, which mean the same in RE2 and java.util.regex, and the same checks
 * of range and calendar, so the two engines reject exactly the same lines.
 *
 * <p>Rules are strict on purpose: DuckDB's own casts would accept {@code 1_000}, {@code nan} or a
 * seven-digit date, Java's would not, and a lenient rule is where two engines drift apart.
 */
public final class RawEventRules {

    static final String ID = "[0-9]{1,18}";
    static final String GDELT_DATE = "[1-9][0-9]{7}";
    static final String ICEWS_DATE = "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}";
    static final String ROOT_FLAG = "[01]";
    static final String QUAD = "[1-4]";
    /** Goldstein and ICEWS intensity: at most two integer digits, then checked to lie in -10..10. */
    static final String GOLDSTEIN = "[+-]?([0-9]{1,2}([.][0-9]*)?|[.][0-9]+)";
    static final String MENTIONS = "[0-9]{1,9}";
    static final String TONE = "[+-]?([0-9]{1,6}([.][0-9]*)?|[.][0-9]+)";
    static final String CAMEO = "[0-9]{3,4}";

    private static final Pattern P_ID = Pattern.compile(ID), P_GDELT_DATE = Pattern.compile(GDELT_DATE),
            P_ICEWS_DATE = Pattern.compile(ICEWS_DATE), P_ROOT = Pattern.compile(ROOT_FLAG),
            P_QUAD = Pattern.compile(QUAD), P_GOLDSTEIN = Pattern.compile(GOLDSTEIN),
            P_MENTIONS = Pattern.compile(MENTIONS), P_TONE = Pattern.compile(TONE), P_CAMEO = Pattern.compile(CAMEO);

    private static final BigDecimal TEN = BigDecimal.TEN;

    private RawEventRules() {}

    /** A line that breaks a rule: which field, and why. */
    public static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Parses the fields of one line (nulls where the file says "missing") or throws a {@link Problem}
     * naming the first rule broken, in the order the fields appear in the file.
     */
    public static RawEvent parse(RawEventLayout layout, List<String> f) throws Problem {
        if (f.size() != layout.columns()) {
            throw new Problem("expected " + layout.columns() + " fields, found " + f.size());
        }
        return layout.family() == RawEventLayout.Family.ICEWS ? icews(layout, f) : gdelt(layout, f);
    }

    private static RawEvent gdelt(RawEventLayout layout, List<String> f) throws Problem {
        List<String> names = layout.columnNames();
        long id = Long.parseLong(need(f, names, RawEventLayout.G_ID, P_ID, "an event number"));
        String date = need(f, names, RawEventLayout.G_DATE, P_GDELT_DATE, "a date YYYYMMDD");
        int year = Integer.parseInt(date.substring(0, 4));
        int month = Integer.parseInt(date.substring(4, 6));
        checkDate(names.get(RawEventLayout.G_DATE), date, year, month, Integer.parseInt(date.substring(6, 8)));
        boolean root = need(f, names, RawEventLayout.G_IS_ROOT, P_ROOT, "0 or 1").equals("1");
        int quad = Integer.parseInt(need(f, names, RawEventLayout.G_QUAD, P_QUAD, "a QuadClass 1-4"));
        long goldstein = goldstein(f, names, RawEventLayout.G_GOLDSTEIN);
        long mentions = Long.parseLong(need(f, names, RawEventLayout.G_MENTIONS, P_MENTIONS, "a count"));
        Long tone = null;
        String t = f.get(RawEventLayout.G_TONE);
        if (t != null) {
            if (!P_TONE.matcher(t).matches()) {
                throw bad(names, RawEventLayout.G_TONE, t, "a number");
            }
            tone = new BigDecimal(t).setScale(6, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        }
        return new RawEvent(layout.origin(), layout.countryScheme(), id, year, month, root, quad, goldstein,
                mentions, tone, f.get(RawEventLayout.G_ACTOR1_COUNTRY), f.get(RawEventLayout.G_ACTOR2_COUNTRY));
    }

    private static RawEvent icews(RawEventLayout layout, List<String> f) throws Problem {
        List<String> names = layout.columnNames();
        long id = Long.parseLong(need(f, names, RawEventLayout.I_ID, P_ID, "an event number"));
        String date = need(f, names, RawEventLayout.I_DATE, P_ICEWS_DATE, "a date YYYY-MM-DD");
        int year = Integer.parseInt(date.substring(0, 4));
        int month = Integer.parseInt(date.substring(5, 7));
        checkDate(names.get(RawEventLayout.I_DATE), date, year, month, Integer.parseInt(date.substring(8, 10)));
        String cameo = need(f, names, RawEventLayout.I_CAMEO, P_CAMEO, "a CAMEO code");
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) {
            throw bad(names, RawEventLayout.I_CAMEO, cameo, "a CAMEO code with root 01-20");
        }
        long goldstein = goldstein(f, names, RawEventLayout.I_INTENSITY);
        return new RawEvent(layout.origin(), layout.countryScheme(), id, year, month, true, quadOfRoot(root),
                goldstein, null, null, f.get(RawEventLayout.I_SOURCE_COUNTRY), f.get(RawEventLayout.I_TARGET_COUNTRY));
    }

    /**
     * CAMEO root code to QuadClass, as GDELT's own files assign it (01-05, 06-09, 10-14, 15-20); the
     * importer uses the same rule, see {@link org.entente.source.events.QuadClass}.
     */
    public static int quadOfRoot(int root) {
        return org.entente.source.events.QuadClass.ofRoot(root);
    }

    private static long goldstein(List<String> f, List<String> names, int i) throws Problem {
        String g = need(f, names, i, P_GOLDSTEIN, "a number in -10..10");
        BigDecimal v = new BigDecimal(g).setScale(3, RoundingMode.HALF_UP);
        if (v.abs().compareTo(TEN) > 0) {
            throw bad(names, i, g, "a number in -10..10");
        }
        return v.unscaledValue().longValueExact();
    }

    private static void checkDate(String name, String raw, int y, int m, int d) throws Problem {
        try {
            LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new Problem("field '" + name + "': not a calendar date: '" + raw + "'");
        }
    }

    private static String need(List<String> f, List<String> names, int i, Pattern p, String what) throws Problem {
        String v = f.get(i);
        if (v == null) {
            throw new Problem("field '" + names.get(i) + "': blank, expected " + what);
        }
        if (!p.matcher(v).matches()) {
            throw bad(names, i, v, what);
        }
        return v;
    }

    private static Problem bad(List<String> names, int i, String v, String what) {
        String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
        return new Problem("field '" + names.get(i) + "': expected " + what + ", found '" + shown + "'");
    }

    // ---- the same rules in DuckDB SQL ----

    /**
     * A SQL boolean that is true exactly when {@link #parse} would accept the row (column count aside).
     * The field patterns are checked by one regular expression over the fields joined with {@code |},
     * which no pattern matches, so a field cannot borrow from its neighbour; one call per row instead
     * of one per field is most of the speed of the DuckDB engine's checks.
     */
    public static String duckDbValid(RawEventLayout layout) {
        List<String> n = layout.columnNames();
        if (layout.family() == RawEventLayout.Family.ICEWS) {
            String date = q(n.get(RawEventLayout.I_DATE));
            String cameo = q(n.get(RawEventLayout.I_CAMEO));
            return String.join("\n      AND ",
                    joinedMatch(n, new int[] {RawEventLayout.I_ID, RawEventLayout.I_DATE, RawEventLayout.I_CAMEO,
                        RawEventLayout.I_INTENSITY}, ID, ICEWS_DATE, CAMEO, GOLDSTEIN),
                    "try_strptime(" + date + ", '%Y-%m-%d') IS NOT NULL",
                    "coalesce(TRY_CAST(substr(" + cameo + ", 1, 2) AS INTEGER) BETWEEN 1 AND 20, false)",
                    goldsteinRange(n, RawEventLayout.I_INTENSITY));
        }
        String date = q(n.get(RawEventLayout.G_DATE));
        return String.join("\n      AND ",
                joinedMatch(n, new int[] {RawEventLayout.G_ID, RawEventLayout.G_DATE, RawEventLayout.G_IS_ROOT,
                    RawEventLayout.G_QUAD, RawEventLayout.G_GOLDSTEIN, RawEventLayout.G_MENTIONS, RawEventLayout.G_TONE},
                        ID, GDELT_DATE, ROOT_FLAG, QUAD, GOLDSTEIN, MENTIONS, "(" + TONE + ")?"),
                "try_strptime(" + date + ", '%Y%m%d') IS NOT NULL",
                goldsteinRange(n, RawEventLayout.G_GOLDSTEIN));
    }

    private static String joinedMatch(List<String> n, int[] columns, String... patterns) {
        StringBuilder value = new StringBuilder("concat_ws('|'");
        for (int c : columns) {
            value.append(", coalesce(").append(q(n.get(c))).append(", '')");
        }
        value.append(')');
        return "regexp_full_match(" + value + ", '" + String.join("[|]", patterns) + "')";
    }

    private static String goldsteinRange(List<String> n, int i) {
        return "coalesce(abs(TRY_CAST(" + q(n.get(i)) + " AS DECIMAL(18,3))) <= 10, false)";
    }

    /** A quoted SQL identifier. */
    public static String q(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}
