-- Arms flows from SIPRI's TIV export tables (tiv_flow): supplier -> recipient by year, no deal
-- detail. Each table is one supplier's exports, so recipient totals cover only the loaded tables.
SELECT line, supplier_ccode, recipient_ccode, year, tiv,
       CAST(NULL AS VARCHAR) AS category, CAST(NULL AS VARCHAR) AS description,
       CAST(NULL AS BOOLEAN) AS local_production, CAST(NULL AS VARCHAR) AS comments
FROM tiv_flow
WHERE dataset_id IN (:datasets)
