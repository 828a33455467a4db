-- Events between two states, once each: an event id met in several loaded files (GDELT update
-- files repeat them) counts once, from the most recently imported file.
CREATE OR REPLACE TEMP TABLE p_event_row AS
SELECT source_ccode, target_ccode, year(event_date) AS year, quad_class, goldstein
FROM (
    SELECT *, row_number() OVER (PARTITION BY origin, coalesce(event_id, dataset_id::VARCHAR || ':' || line::VARCHAR)
                                 ORDER BY dataset_id DESC) AS copy
    FROM event
    WHERE source_ccode IS NOT NULL AND target_ccode IS NOT NULL AND source_ccode <> target_ccode
      AND year(event_date) BETWEEN {{first}} AND {{last}}
)
WHERE copy = 1;

-- Per directed pair and year, both directions in one row: *12 sent by ccode1 to ccode2.
CREATE OR REPLACE TEMP TABLE p_event AS
SELECT ccode1, ccode2, year,
       count(*) FILTER (WHERE fwd) AS n12,
       count(*) FILTER (WHERE fwd AND quad_class = 1) AS q1_12, count(*) FILTER (WHERE fwd AND quad_class = 2) AS q2_12,
       count(*) FILTER (WHERE fwd AND quad_class = 3) AS q3_12, count(*) FILTER (WHERE fwd AND quad_class = 4) AS q4_12,
       sum(goldstein) FILTER (WHERE fwd) AS gsum12, count(goldstein) FILTER (WHERE fwd) AS gn12,
       count(*) FILTER (WHERE NOT fwd) AS n21,
       count(*) FILTER (WHERE NOT fwd AND quad_class = 1) AS q1_21, count(*) FILTER (WHERE NOT fwd AND quad_class = 2) AS q2_21,
       count(*) FILTER (WHERE NOT fwd AND quad_class = 3) AS q3_21, count(*) FILTER (WHERE NOT fwd AND quad_class = 4) AS q4_21,
       sum(goldstein) FILTER (WHERE NOT fwd) AS gsum21, count(goldstein) FILTER (WHERE NOT fwd) AS gn21
FROM (SELECT source_ccode AS ccode1, target_ccode AS ccode2, year, quad_class, goldstein, true AS fwd FROM p_event_row
      UNION ALL
      SELECT target_ccode, source_ccode, year, quad_class, goldstein, false FROM p_event_row)
GROUP BY ccode1, ccode2, year;

-- Each state's events sent and received.
CREATE OR REPLACE TEMP TABLE p_event_total AS
SELECT ccode, year, sum(sent)::BIGINT AS sent, sum(received)::BIGINT AS received
FROM (SELECT source_ccode AS ccode, year, 1 AS sent, 0 AS received FROM p_event_row
      UNION ALL
      SELECT target_ccode, year, 0, 1 FROM p_event_row)
GROUP BY ccode, year;
