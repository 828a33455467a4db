-- TIV flows from SIPRI's per-supplier export tables. One file per supplier, so several releases
-- are reconciled supplier by supplier: the datasets placeholder holds each supplier's newest table
-- (org.entente.data.ArmsMarketShares.choose).
CREATE OR REPLACE TEMP TABLE p_arms_row AS
SELECT t.supplier_ccode, t.recipient_ccode, t.year, t.tiv
FROM tiv_flow t
WHERE t.dataset_id IN ({{datasets}}) AND t.year BETWEEN {{first}} AND {{last}};

-- Suppliers with a table: only their flows are known (a supplier without one is unknown, not zero).
CREATE OR REPLACE TEMP TABLE p_arms_supplier AS
SELECT DISTINCT t.supplier_ccode AS ccode
FROM tiv_flow t
WHERE t.supplier_ccode IS NOT NULL
  AND t.dataset_id IN ({{datasets}});
