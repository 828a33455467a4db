-- TIV flows from the detailed register export: TIV per deal and delivery year, summed.
CREATE OR REPLACE TEMP TABLE p_arms_row AS
SELECT supplier_ccode, recipient_ccode, year, tiv
FROM arms_delivery
WHERE dataset_id IN ({{datasets}}) AND year BETWEEN {{first}} AND {{last}} AND tiv IS NOT NULL;

CREATE OR REPLACE TEMP TABLE p_arms_supplier AS
SELECT DISTINCT supplier_ccode AS ccode FROM arms_delivery WHERE supplier_ccode IS NOT NULL AND dataset_id IN ({{datasets}});
