package org.entente.measure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL of the aggregation, shared by the engines. Only reading the files differs between DuckDB
 * and Spark; removing duplicates, classification and sums are one text.
 */
public final class DyadPeriodSql {

    /** Columns of the {@code parsed} view an engine must provide, in order. */
    public static final String PARSED_COLUMNS = "origin, scheme, id, bad_file, bad_line, bad_problem, bad_text, "
            + "year, month, is_root, quad, g_milli, mentions, tone_micro, src_code, tgt_code";

    /** Stands in for a missing tone inside {@code max_by}; tone is at most a million in millionths. */
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
     * mentions (later GDELT updates count more); among copies with as many mentions, the one with
     * the greatest Goldstein value, then QuadClass, root flag and date. These make one BIGINT
     * ordering key, so each field is a cheap {@code max_by} (the same aggregate in DuckDB and Spark)
     * rather than a comparison of whole rows. Copies that agree on all of these and differ only in
     * tone or actor codes are not ordered: then the first one an engine meets counts.
     * Malformed lines pass through in their own groups.
     */
    public static String dedup() {
        // Arguments are never null inside max_by: DuckDB's max_by skips null arguments, Spark's does
        // not, and a skipped null would take that field from another copy.
        return """
                SELECT origin, scheme, bad_file, bad_line, bad_problem, bad_text, copies, year, month, is_root, quad,
                       g_milli,
                       CASE WHEN mentions < 0 THEN NULL ELSE mentions END AS mentions,
                       CASE WHEN tone_micro = %1$d THEN NULL ELSE tone_micro END AS tone_micro,
                       CASE WHEN src_code = '' THEN NULL ELSE src_code END AS src_code,
                       CASE WHEN tgt_code = '' THEN NULL ELSE tgt_code END AS tgt_code
                FROM (
                    SELECT origin, scheme, bad_file, bad_line,
                           min(bad_problem) AS bad_problem, min(bad_text) AS bad_text,
                           count(*) AS copies,
                           max_by(year, k) AS year, max_by(month, k) AS month, max_by(is_root, k) AS is_root,
                           max_by(quad, k) AS quad, max_by(g_milli, k) AS g_milli,
                           max_by(coalesce(mentions, -1), k) AS mentions,
                           max_by(coalesce(tone_micro, %1$d), k) AS tone_micro,
                           max_by(coalesce(src_code, ''), k) AS src_code,
                           max_by(coalesce(tgt_code, ''), k) AS tgt_code
                    FROM (
                        SELECT *,
                               coalesce(mentions, 0) * 1073741824 + (g_milli + 10000) * 32768 + (quad - 1) * 8192
                               + CASE WHEN is_root THEN 4096 ELSE 0 END + (year %% 256) * 16 + month AS k
                        FROM parsed
                    ) keyed
                    GROUP BY origin, scheme, id, bad_file, bad_line
                ) grouped
                """.formatted(NO_TONE);
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
