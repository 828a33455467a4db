-- TIV flows from SIPRI's per-supplier export tables. One file per supplier, so several releases
-- are reconciled supplier by supplier: for each supplier name, the most recently imported table.
CREATE OR REPLACE TEMP TABLE p_arms_row AS
WITH latest AS (SELECT supplier, max(dataset_id) AS dataset_id FROM tiv_flow GROUP BY supplier)
SELECT t.supplier_ccode, t.recipient_ccode, t.year, t.tiv
FROM tiv_flow t JOIN latest l ON t.supplier = l.supplier AND t.dataset_id = l.dataset_id
WHERE t.year BETWEEN {{first}} AND {{last}};

-- Suppliers with a table: only their flows are known (a supplier without one is unknown, not zero).
CREATE OR REPLACE TEMP TABLE p_arms_supplier AS
SELECT DISTINCT t.supplier_ccode AS ccode
FROM tiv_flow t
WHERE t.supplier_ccode IS NOT NULL
  AND t.dataset_id = (SELECT max(dataset_id) FROM tiv_flow t2 WHERE t2.supplier = t.supplier);
