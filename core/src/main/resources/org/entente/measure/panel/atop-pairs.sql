-- Both directions of every allied pair in one row, keyed by the directed pair, ready for the
-- panel (0/1 integers): *12 are the obligations of ccode1 toward ccode2, *21 those of ccode2
-- toward ccode1, *_either either of them (undirected panels), tie the valued tie similarity
-- uses ({{tie}}). A full join of the table with its mirror image, so a pair where only one side
-- holds obligations gets a row both ways. Done here, on the allied pairs only, so the panel
-- query over all 1.9 million dyad-years does one join and no arithmetic.
CREATE OR REPLACE TEMP TABLE p_atop AS
WITH pair AS (
    SELECT coalesce(a.ccode1, b.ccode2) AS ccode1, coalesce(a.ccode2, b.ccode1) AS ccode2,
           coalesce(a.year, b.year) AS year,
           coalesce(a.defense, false) AS defense12, coalesce(a.offense, false) AS offense12,
           coalesce(a.neutral, false) AS neutral12, coalesce(a.nonagg, false) AS nonagg12,
           coalesce(a.consul, false) AS consul12,
           coalesce(b.defense, false) AS defense21, coalesce(b.offense, false) AS offense21,
           coalesce(b.neutral, false) AS neutral21, coalesce(b.nonagg, false) AS nonagg21,
           coalesce(b.consul, false) AS consul21
    FROM p_atop_dir a
    FULL JOIN p_atop_dir b ON b.ccode1 = a.ccode2 AND b.ccode2 = a.ccode1 AND b.year = a.year
)
SELECT ccode1, ccode2, year,
       defense12::INTEGER AS defense12, offense12::INTEGER AS offense12, neutral12::INTEGER AS neutral12,
       nonagg12::INTEGER AS nonagg12, consul12::INTEGER AS consul12,
       (defense12 OR defense21)::INTEGER AS defense_either, (offense12 OR offense21)::INTEGER AS offense_either,
       (neutral12 OR neutral21)::INTEGER AS neutral_either, (nonagg12 OR nonagg21)::INTEGER AS nonagg_either,
       (consul12 OR consul21)::INTEGER AS consul_either,
       {{tie}} AS tie
FROM pair;
