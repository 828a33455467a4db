-- TIV flows from the trade register: a deal's delivered TIV spread evenly over its delivery
-- years (the register does not say how much arrived in which year).
CREATE OR REPLACE TEMP TABLE p_arms_row AS
SELECT supplier_ccode, recipient_ccode, year, tiv
FROM (
    SELECT supplier_ccode, recipient_ccode, unnest(delivery_years) AS year,
           tiv_delivered / len(delivery_years) AS tiv
    FROM arms_deal
    WHERE dataset_id IN ({{datasets}}) AND tiv_delivered IS NOT NULL AND len(delivery_years) > 0
)
WHERE year BETWEEN {{first}} AND {{last}};

CREATE OR REPLACE TEMP TABLE p_arms_supplier AS
SELECT DISTINCT supplier_ccode AS ccode FROM arms_deal WHERE supplier_ccode IS NOT NULL AND dataset_id IN ({{datasets}});
