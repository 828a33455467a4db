-- The published series: one row per origin, directed dyad and period, from the classified cells.
-- Means are one division of exact integer sums, so both engines give the same double.
SELECT origin,
       CAST(source_ccode AS INT) AS source_ccode,
       CAST(target_ccode AS INT) AS target_ccode,
       period,
       events,
       verbal_coop,
       material_coop,
       verbal_conflict,
       material_conflict,
       CAST(goldstein_milli AS DOUBLE) / 1000 AS goldstein_sum,
       CAST(goldstein_milli AS DOUBLE) / CAST(events * 1000 AS DOUBLE) AS goldstein_mean,
       CASE WHEN mentions > 0
            THEN CAST(goldstein_mentions_milli AS DOUBLE) / CAST(mentions * 1000 AS DOUBLE) END AS goldstein_mentions_weighted,
       mentions,
       CASE WHEN tone_events > 0
            THEN CAST(tone_micro AS DOUBLE) / CAST(tone_events * 1000000 AS DOUBLE) END AS avg_tone
FROM cells
WHERE status = 'ok'
