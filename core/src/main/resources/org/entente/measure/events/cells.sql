-- Classifies every deduplicated event and sums the kept ones per directed dyad and period.
-- Runs unchanged on DuckDB and on Spark SQL: both engines read the same text, so they apply the
-- same rules and the same arithmetic. Input views:
--   deduped(origin, scheme, bad_file, bad_line, bad_problem, bad_text, copies, year, month, is_root,
--           quad, g_milli, mentions, tone_micro, src_code, tgt_code)   one row per event or malformed group
--   countries(scheme, name_key, ccode, kind)                            the country mapping
-- Goldstein and tone arrive as exact integers (thousandths, millionths), so sums do not depend on
-- the order an engine adds rows in.
WITH classified AS (
    SELECT d.*,
           s.ccode AS src_ccode,
           CASE WHEN d.src_code IS NULL THEN 'blank' WHEN s.kind IS NULL THEN 'unmapped' ELSE s.kind END AS src_kind,
           t.ccode AS tgt_ccode,
           CASE WHEN d.tgt_code IS NULL THEN 'blank' WHEN t.kind IS NULL THEN 'unmapped' ELSE t.kind END AS tgt_kind
    FROM deduped d
    LEFT JOIN countries s ON s.scheme = d.scheme AND s.name_key = lower(trim(d.src_code))
    LEFT JOIN countries t ON t.scheme = d.scheme AND t.name_key = lower(trim(d.tgt_code))
),
statused AS (
    SELECT *,
           CASE
               WHEN bad_file IS NOT NULL THEN 'malformed'
               WHEN ${root_only} AND NOT is_root THEN 'non_root'
               WHEN src_ccode IS NULL THEN 'unresolved_source'
               WHEN tgt_ccode IS NULL THEN 'unresolved_target'
               WHEN src_ccode = tgt_ccode THEN 'domestic'
               WHEN NOT ${dyads} THEN 'outside_dyads'
               ELSE 'ok'
           END AS status
    FROM classified
)
SELECT status,
       origin,
       CASE WHEN status = 'ok' THEN src_ccode END AS source_ccode,
       CASE WHEN status = 'ok' THEN tgt_ccode END AS target_ccode,
       CASE WHEN status = 'ok' THEN ${period} END AS period,
       CASE WHEN status = 'unresolved_source' THEN src_code
            WHEN status = 'unresolved_target' THEN tgt_code
            WHEN status = 'malformed' THEN bad_file END AS detail,
       CASE WHEN status = 'unresolved_source' THEN src_kind
            WHEN status = 'unresolved_target' THEN tgt_kind END AS detail_kind,
       CAST(sum(CASE WHEN status = 'malformed' THEN 0 ELSE 1 END) AS BIGINT) AS events,
       CAST(sum(CASE WHEN status = 'malformed' THEN 0 ELSE copies - 1 END) AS BIGINT) AS duplicates,
       CAST(sum(CASE WHEN status = 'malformed' THEN copies ELSE 0 END) AS BIGINT) AS malformed_lines,
       min(bad_line) AS first_bad_line,
       min_by(bad_problem, bad_line) AS first_bad_problem,
       min_by(bad_text, bad_line) AS first_bad_text,
       CAST(sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END) AS BIGINT) AS verbal_coop,
       CAST(sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END) AS BIGINT) AS material_coop,
       CAST(sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END) AS BIGINT) AS verbal_conflict,
       CAST(sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END) AS BIGINT) AS material_conflict,
       CAST(sum(g_milli) AS BIGINT) AS goldstein_milli,
       CAST(sum(g_milli * mentions) AS BIGINT) AS goldstein_mentions_milli,
       CAST(sum(mentions) AS BIGINT) AS mentions,
       CAST(sum(tone_micro) AS BIGINT) AS tone_micro,
       CAST(count(tone_micro) AS BIGINT) AS tone_events
FROM statused
GROUP BY 1, 2, 3, 4, 5, 6, 7
