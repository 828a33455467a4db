-- Inputs of Walt's balance of threat for one state (:self) against every other state in one year
-- (:year): NMC capabilities of both (the latest year at or before :year in the dataset), the
-- closest direct contiguity in force that year, both capitals, and the events the other state
-- directed at self that year. Dataset ids are chosen by the caller (latest import of each table);
-- a table not loaded is given as -1 and yields NULLs.
WITH cap AS (
    SELECT ccode, cinc, milex, milper FROM capability
    WHERE dataset_id = :nmc AND year = (SELECT max(year) FROM capability WHERE dataset_id = :nmc AND year <= :year)
),
cont AS (
    SELECT ccode2 AS other, min(conttype) AS conttype FROM contiguity
    WHERE dataset_id = :contig AND ccode1 = :self AND conttype BETWEEN 1 AND 5
      AND year(start_date) <= :year AND year(end_date) >= :year
    GROUP BY ccode2
),
capital_now AS (
    SELECT ccode, arg_max(lat, coalesce(start_date, DATE '0001-01-01')) AS lat,
           arg_max(lon, coalesce(start_date, DATE '0001-01-01')) AS lon
    FROM capital
    WHERE dataset_id = :capital AND (start_date IS NULL OR year(start_date) <= :year)
      AND (end_date IS NULL OR year(end_date) >= :year)
    GROUP BY ccode
),
ev AS (
    SELECT source_ccode AS other, count(*) AS n, count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
           avg(goldstein) AS goldstein
    FROM event WHERE target_ccode = :self AND year(event_date) = :year AND source_ccode IS NOT NULL
    GROUP BY source_ccode
)
SELECT o.ccode, s.cinc, o.cinc, cont.conttype, cs.lat, cs.lon, co.lat, co.lon,
       s.milex, o.milex, s.milper, o.milper, ev.n, ev.conflict, ev.goldstein
FROM cap o
CROSS JOIN (SELECT * FROM cap WHERE ccode = :self) s
LEFT JOIN cont ON cont.other = o.ccode
LEFT JOIN capital_now cs ON cs.ccode = :self
LEFT JOIN capital_now co ON co.ccode = o.ccode
LEFT JOIN ev ON ev.other = o.ccode
WHERE o.ccode <> :self
