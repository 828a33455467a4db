-- Both directions of every pair's flows in one row: tiv12 from ccode1 to ccode2, tiv21 back.
CREATE OR REPLACE TEMP TABLE p_tiv AS
SELECT ccode1, ccode2, year, sum(tiv) FILTER (WHERE fwd) AS tiv12, sum(tiv) FILTER (WHERE NOT fwd) AS tiv21
FROM (SELECT supplier_ccode AS ccode1, recipient_ccode AS ccode2, year, tiv, true AS fwd FROM p_arms_row
      WHERE supplier_ccode IS NOT NULL AND recipient_ccode IS NOT NULL
      UNION ALL
      SELECT recipient_ccode, supplier_ccode, year, tiv, false FROM p_arms_row
      WHERE supplier_ccode IS NOT NULL AND recipient_ccode IS NOT NULL)
GROUP BY ccode1, ccode2, year;

-- Each state's total exports and imports, counting every partner: states, organisations,
-- non-state actors and unknown parties alike. NULL (not 0) where a state only received or only
-- sent: whether that means zero depends on the coverage, which the panel applies.
CREATE OR REPLACE TEMP TABLE p_arms_total AS
SELECT ccode, year, sum(exports) AS exports, sum(imports) AS imports
FROM (SELECT supplier_ccode AS ccode, year, tiv AS exports, NULL::DOUBLE AS imports FROM p_arms_row
      WHERE supplier_ccode IS NOT NULL
      UNION ALL
      SELECT recipient_ccode, year, NULL::DOUBLE, tiv FROM p_arms_row WHERE recipient_ccode IS NOT NULL)
GROUP BY ccode, year;
