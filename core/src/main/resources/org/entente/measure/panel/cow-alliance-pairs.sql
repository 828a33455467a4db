-- Both directions in one row, as for ATOP: *12 from ccode1's side, *_either from either side.
CREATE OR REPLACE TEMP TABLE p_cow AS
WITH pair AS (
    SELECT coalesce(a.ccode1, b.ccode2) AS ccode1, coalesce(a.ccode2, b.ccode1) AS ccode2,
           coalesce(a.year, b.year) AS year,
           coalesce(a.defense, false) AS defense12, coalesce(a.neutrality, false) AS neutrality12,
           coalesce(a.nonaggression, false) AS nonaggression12, coalesce(a.entente, false) AS entente12,
           coalesce(b.defense, false) AS defense21, coalesce(b.neutrality, false) AS neutrality21,
           coalesce(b.nonaggression, false) AS nonaggression21, coalesce(b.entente, false) AS entente21
    FROM p_cow_dir a
    FULL JOIN p_cow_dir b ON b.ccode1 = a.ccode2 AND b.ccode2 = a.ccode1 AND b.year = a.year
)
SELECT ccode1, ccode2, year,
       defense12::INTEGER AS defense12, neutrality12::INTEGER AS neutrality12,
       nonaggression12::INTEGER AS nonaggression12, entente12::INTEGER AS entente12,
       (defense12 OR defense21)::INTEGER AS defense_either, (neutrality12 OR neutrality21)::INTEGER AS neutrality_either,
       (nonaggression12 OR nonaggression21)::INTEGER AS nonaggression_either,
       (entente12 OR entente21)::INTEGER AS entente_either
FROM pair;
