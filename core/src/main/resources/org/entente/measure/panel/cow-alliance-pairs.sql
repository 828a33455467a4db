-- Both directions in one row, as for ATOP: *12 from ccode1's side, *21 from ccode2's.
CREATE OR REPLACE TEMP TABLE p_cow AS
SELECT ccode1, ccode2, year,
       bool_or(defense) FILTER (WHERE fwd) AS defense12, bool_or(neutrality) FILTER (WHERE fwd) AS neutrality12,
       bool_or(nonaggression) FILTER (WHERE fwd) AS nonaggression12, bool_or(entente) FILTER (WHERE fwd) AS entente12,
       bool_or(defense) FILTER (WHERE NOT fwd) AS defense21, bool_or(neutrality) FILTER (WHERE NOT fwd) AS neutrality21,
       bool_or(nonaggression) FILTER (WHERE NOT fwd) AS nonaggression21,
       bool_or(entente) FILTER (WHERE NOT fwd) AS entente21
FROM (SELECT ccode1, ccode2, year, defense, neutrality, nonaggression, entente, true AS fwd FROM p_cow_dir
      UNION ALL
      SELECT ccode2, ccode1, year, defense, neutrality, nonaggression, entente, false AS fwd FROM p_cow_dir)
GROUP BY ccode1, ccode2, year;
