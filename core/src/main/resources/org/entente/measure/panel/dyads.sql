-- Dyad-years: pairs of members of the same year whose membership days overlap in that year.
-- {{pair}} is '<>' (directed) or '<' (undirected, ccode1 < ccode2); {{filter}} restricts states;
-- {{distinct}} is DISTINCT only when some state has two spells in one year (states2016 has
-- none), because de-duplicating 1.9 million rows costs ten times the join. A table stored in
-- the panel's output order, not a view: measured with bench/dyads-bench.sh, the panel query over
-- a view re-ran this overlap join inside its pipeline and then sorted rows arriving in no order,
-- and took about twice as long as building this narrow table once, ordered, and sorting its already
-- ordered joins (the panel query keeps its ORDER BY: DuckDB's parallel joins do not keep the
-- spine's order by themselves).
CREATE OR REPLACE TEMP TABLE p_dyad AS
SELECT {{distinct}} a.ccode AS ccode1, b.ccode AS ccode2, a.year
FROM p_member a
JOIN p_member b ON a.year = b.year AND a.ccode {{pair}} b.ccode
WHERE a.first_day <= b.last_day AND b.first_day <= a.last_day {{filter}}
ORDER BY a.year, a.ccode, b.ccode;
