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
     * the greatest Goldstein value, then QuadClass, root flag and date. Copies that agree on all of
     * these and differ only in tone or actor codes are not ordered: the first one an engine meets counts.
     * Malformed lines pass through in groups of their own.
     *
     * <p>Written for memory: with ten million events the grouping holds ten million states, so the
     * key is one BIGINT ({@code id * 4 + origin}), and date, root flag, QuadClass and Goldstein are
     * packed into the BIGINT ordering key {@code k} and unpacked afterwards, rather than each kept in
     * a state of its own. Bits of {@code k}, low to high: month 4, year - 1000 14, root flag 1,
     * QuadClass - 1 2, Goldstein + 10,000 (thousandths) 15, mentions 27 (capped at 2^27 - 1, which
     * only matters for ordering). Unpacking divides numbers below 2^36, exact in a double in both
     * engines. Arguments are never null inside max_by: DuckDB's max_by skips null arguments, Spark's
     * does not, and a skipped null would take that field from another copy.
     */
    public static String dedup() {
        return """
                SELECT CASE CAST(id_key %% 4 AS INT) WHEN 0 THEN 'gdelt1' WHEN 1 THEN 'gdelt2' WHEN 2 THEN 'icews' END AS origin,
                       CASE WHEN id_key %% 4 = 2 THEN 'name' WHEN id_key IS NOT NULL THEN 'cameo' END AS scheme,
                       bad_file, bad_line, bad_problem, bad_text, copies,
                       CAST((k %% 262144 - k %% 16) / 16 AS INT) + 1000 AS year,
                       CAST(k %% 16 AS INT) AS month,
                       k %% 524288 >= 262144 AS is_root,
                       CAST((k %% 2097152 - k %% 524288) / 524288 AS INT) + 1 AS quad,
                       CAST((k %% 68719476736 - k %% 2097152) / 2097152 AS BIGINT) - 10000 AS g_milli,
                       CASE WHEN mentions < 0 THEN NULL ELSE mentions END AS mentions,
                       CASE WHEN tone_micro = %1$d THEN NULL ELSE tone_micro END AS tone_micro,
                       CASE WHEN src_code = '' THEN NULL ELSE src_code END AS src_code,
                       CASE WHEN tgt_code = '' THEN NULL ELSE tgt_code END AS tgt_code
                FROM (
                    SELECT id_key, bad_file, bad_line,
                           min(bad_problem) AS bad_problem, min(bad_text) AS bad_text,
                           count(*) AS copies,
                           max(k) AS k,
                           max_by(coalesce(mentions, -1), k) AS mentions,
                           max_by(coalesce(tone_micro, %1$d), k) AS tone_micro,
                           max_by(coalesce(src_code, ''), k) AS src_code,
                           max_by(coalesce(tgt_code, ''), k) AS tgt_code
                    FROM (
                        SELECT id * 4 + CASE origin WHEN 'gdelt1' THEN 0 WHEN 'gdelt2' THEN 1 ELSE 2 END AS id_key,
                               bad_file, bad_line, bad_problem, bad_text, mentions, tone_micro, src_code, tgt_code,
                               least(coalesce(mentions, 0), 134217727) * 68719476736
                               + (g_milli + 10000) * 2097152 + (quad - 1) * 524288
                               + CASE WHEN is_root THEN 262144 ELSE 0 END + (year - 1000) * 16 + month AS k
                        FROM parsed
                    ) keyed
                    GROUP BY id_key, bad_file, bad_line
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
