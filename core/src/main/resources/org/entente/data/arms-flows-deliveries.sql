-- Arms flows by deal and delivery year from SIPRI's per-delivery-year export (arms_delivery),
-- with the deal's category, description and local-production flag where the same file gave the
-- deal row too.
SELECT v.line, v.supplier_ccode, v.recipient_ccode, v.year, v.tiv,
       d.category, d.description, d.local_production, d.comments
FROM arms_delivery v
LEFT JOIN arms_deal d ON d.dataset_id = v.dataset_id AND d.sipri_id = v.sipri_id
WHERE v.dataset_id IN (:datasets) AND v.tiv IS NOT NULL
