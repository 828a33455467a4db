-- COW dyadic trade, stored undirected, turned into directed rows: imports1 is what ccode1
-- imported from ccode2, imports2 what ccode2 imported from ccode1 (current million US$).
CREATE OR REPLACE TEMP TABLE p_trade AS
SELECT ccode1, ccode2, year, flow1 AS imports1, flow2 AS imports2
FROM trade_flow WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}}
UNION ALL
SELECT ccode2, ccode1, year, flow2, flow1
FROM trade_flow WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}};

-- Each state's total trade: the sum of its known imports and exports over all partners in the
-- dyadic data. NULL when none of its flows is known.
CREATE OR REPLACE TEMP TABLE p_trade_total AS
SELECT ccode1 AS ccode, year, sum(imports1) AS imports, sum(imports2) AS exports,
       CASE WHEN count(imports1) + count(imports2) > 0
            THEN coalesce(sum(imports1), 0) + coalesce(sum(imports2), 0) END AS total
FROM p_trade
GROUP BY ccode1, year;
