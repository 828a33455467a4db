-- Both directions of every allied pair in one row, keyed by the directed pair: *12 are the
-- obligations of ccode1 toward ccode2, *21 those of ccode2 toward ccode1 (NULL: none).
CREATE OR REPLACE TEMP TABLE p_atop AS
SELECT ccode1, ccode2, year,
       bool_or(defense) FILTER (WHERE fwd) AS defense12, bool_or(offense) FILTER (WHERE fwd) AS offense12,
       bool_or(neutral) FILTER (WHERE fwd) AS neutral12, bool_or(nonagg) FILTER (WHERE fwd) AS nonagg12,
       bool_or(consul) FILTER (WHERE fwd) AS consul12,
       bool_or(defense) FILTER (WHERE NOT fwd) AS defense21, bool_or(offense) FILTER (WHERE NOT fwd) AS offense21,
       bool_or(neutral) FILTER (WHERE NOT fwd) AS neutral21, bool_or(nonagg) FILTER (WHERE NOT fwd) AS nonagg21,
       bool_or(consul) FILTER (WHERE NOT fwd) AS consul21
FROM (SELECT ccode1, ccode2, year, defense, offense, neutral, nonagg, consul, true AS fwd FROM p_atop_dir
      UNION ALL
      SELECT ccode2, ccode1, year, defense, offense, neutral, nonagg, consul, false AS fwd FROM p_atop_dir)
GROUP BY ccode1, ccode2, year;
