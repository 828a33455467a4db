-- The baseline of bench/dyads-bench.sh: the core dyad-year join (system members x ATOP x NMC x
-- contiguity x trade) as one plain DuckDB query over the store's tables, the way a researcher
-- would write it by hand. Same membership-overlap rule, same coverage as `entente dyads`, but no
-- recomputed CINC (the published one), no coverage checks, no similarity, arms or threat.
-- {{out}} is replaced by the output file.
COPY (
WITH member AS (
    SELECT s.ccode, y.year,
           greatest(s.start_date, make_date(y.year, 1, 1)) AS first_day,
           least(s.end_date, make_date(y.year, 12, 31)) AS last_day
    FROM state_spell s
    JOIN range(1816, 2017) y(year) ON y.year BETWEEN year(s.start_date) AND year(s.end_date)
),
dyad AS (
    SELECT a.ccode AS ccode1, b.ccode AS ccode2, a.year
    FROM member a JOIN member b ON a.year = b.year AND a.ccode <> b.ccode
    WHERE a.first_day <= b.last_day AND b.first_day <= a.last_day
),
contig AS (
    SELECT c.ccode1, c.ccode2, y.year, min(c.conttype) AS conttype
    FROM contiguity c
    JOIN range(1816, 2017) y(year) ON y.year BETWEEN year(c.start_date) AND year(c.end_date)
    WHERE c.conttype > 0
    GROUP BY ALL
),
trade AS (
    SELECT ccode1, ccode2, year, flow1, flow2 FROM trade_flow
    UNION ALL
    SELECT ccode2, ccode1, year, flow2, flow1 FROM trade_flow
)
SELECT d.ccode1, d.ccode2, d.year,
       a.defense::INTEGER AS atop_defense, a.offense::INTEGER AS atop_offense, a.neutral::INTEGER AS atop_neutral,
       a.nonagg::INTEGER AS atop_nonagg, a.consul::INTEGER AS atop_consul,
       n1.cinc AS cinc1, n2.cinc AS cinc2,
       coalesce(ct.conttype, 0) AS conttype,
       t.flow1 AS trade_imports1, t.flow2 AS trade_imports2
FROM dyad d
LEFT JOIN atop_dyad_year a ON a.ccode1 = d.ccode1 AND a.ccode2 = d.ccode2 AND a.year = d.year
LEFT JOIN capability n1 ON n1.ccode = d.ccode1 AND n1.year = d.year
LEFT JOIN capability n2 ON n2.ccode = d.ccode2 AND n2.year = d.year
LEFT JOIN contig ct ON ct.ccode1 = d.ccode1 AND ct.ccode2 = d.ccode2 AND ct.year = d.year
LEFT JOIN trade t ON t.ccode1 = d.ccode1 AND t.ccode2 = d.ccode2 AND t.year = d.year
ORDER BY d.year, d.ccode1, d.ccode2
) TO '{{out}}' (FORMAT parquet);
