-- COW dyadic trade, stored undirected, turned into directed rows: imports1 is what ccode1
-- imported from ccode2, imports2 what ccode2 imported from ccode1 (current million US$). A view:
-- storing 1.3 million directed rows costs more than streaming them into the panel's join.
CREATE OR REPLACE TEMP VIEW p_trade AS
SELECT ccode1, ccode2, year, flow1 AS imports1, flow2 AS imports2
FROM trade_flow WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}}
UNION ALL
SELECT ccode2, ccode1, year, flow2, flow1
FROM trade_flow WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}};

-- The same flows once per unordered pair (lo < hi), for the dyad panel: it joins 0.7 million
-- pairs on (least, greatest) instead of 1.3 million directed rows, and picks the direction.
CREATE OR REPLACE TEMP VIEW p_trade_pair AS
SELECT least(ccode1, ccode2) AS lo, greatest(ccode1, ccode2) AS hi, year,
       CASE WHEN ccode1 < ccode2 THEN flow1 ELSE flow2 END AS imports_lo,
       CASE WHEN ccode1 < ccode2 THEN flow2 ELSE flow1 END AS imports_hi
FROM trade_flow WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}};

-- Each state's total trade: the sum of its known imports and exports over all partners in the
-- dyadic data. NULL when none of its flows is known.
CREATE OR REPLACE TEMP TABLE p_trade_total AS
SELECT ccode1 AS ccode, year, sum(imports1) AS imports, sum(imports2) AS exports,
       CASE WHEN count(imports1) + count(imports2) > 0
            THEN coalesce(sum(imports1), 0) + coalesce(sum(imports2), 0) END AS total
FROM p_trade
GROUP BY ccode1, year;
