package org.entente.measure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL of the aggregation, shared by the engines. Only reading the files and removing duplicate
 * events differ between DuckDB and Spark (struct syntax); classification and sums are one text.
 */
public final class DyadPeriodSql {

    /** Columns of the {@code parsed} view an engine must provide, in order. */
    public static final String PARSED_COLUMNS = "origin, scheme, id, bad_file, bad_line, bad_problem, bad_text, "
            + "year, month, is_root, quad, g_milli, mentions, tone_micro, src_code, tgt_code";

    /** Sentinels that stand in for null inside the ordering struct (null sorts differently in the engines). */
    static final long NO_TONE = -9_000_000_000_000_000_000L;

    private DyadPeriodSql() {}

    /** The classification and sums over the views {@code deduped} and {@code countries}. */
    public static String cells(AggregateRequest r) {
        return resource("cells.sql")
                .replace("${root_only}", r.rootOnly() ? "TRUE" : "FALSE")
                .replace("${dyads}", r.dyads().sql("src_ccode", "tgt_ccode"))
                .replace("${period}", r.by().sql("year", "month"));
    }

    /** The published series over the view {@code cells}, without ORDER BY. */
    public static String series() {
        return resource("series.sql");
    }

    public static final String SERIES_ORDER = "origin, source_ccode, target_ccode, period";

    /**
     * Removes duplicate events: one row per {@code (origin, id)}, keeping the copy with the most
     * mentions (later GDELT updates count more) and, among equal counts, the greatest by the other
     * fields, so the choice does not depend on file order. Malformed lines pass through in their own
     * groups. {@code struct} is the engine's struct constructor: DuckDB's {@code struct_pack} takes
     * {@code name := value}, Spark's {@code named_struct} takes {@code 'name', value}.
     */
    public static String dedup(boolean spark) {
        String[][] fields = {
            {"m", "coalesce(mentions, -1)"},
            {"g", "g_milli"},
            {"t", "coalesce(tone_micro, " + NO_TONE + ")"},
            {"q", "quad"},
            {"r", "is_root"},
            {"y", "year"},
            {"mo", "month"},
            {"s", "coalesce(src_code, '')"},
            {"tg", "coalesce(tgt_code, '')"},
        };
        StringBuilder st = new StringBuilder(spark ? "named_struct(" : "struct_pack(");
        for (int i = 0; i < fields.length; i++) {
            st.append(i > 0 ? ", " : "");
            st.append(spark ? "'" + fields[i][0] + "', " + fields[i][1] : fields[i][0] + " := " + fields[i][1]);
        }
        st.append(')');
        return """
                SELECT origin, scheme, bad_file, bad_line, bad_problem, bad_text, copies,
                       e.y AS year, e.mo AS month, e.r AS is_root, e.q AS quad, e.g AS g_milli,
                       CASE WHEN e.m < 0 THEN NULL ELSE e.m END AS mentions,
                       CASE WHEN e.t = %d THEN NULL ELSE e.t END AS tone_micro,
                       CASE WHEN e.s = '' THEN NULL ELSE e.s END AS src_code,
                       CASE WHEN e.tg = '' THEN NULL ELSE e.tg END AS tgt_code
                FROM (
                    SELECT origin, scheme, bad_file, bad_line,
                           min(bad_problem) AS bad_problem, min(bad_text) AS bad_text,
                           count(*) AS copies, max(%s) AS e
                    FROM parsed
                    GROUP BY origin, scheme, id, bad_file, bad_line
                ) grouped
                """.formatted(NO_TONE, st);
    }

    private static String resource(String name) {
        try (InputStream in = DyadPeriodSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
