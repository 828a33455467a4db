-- Arms flows by deal and delivery year from SIPRI register rows (arms_deal).
-- The register gives each deal's delivered TIV and its delivery years, not the TIV of each year:
-- the delivered TIV is spread evenly over the listed years (docs/assessment-method.md, rule-arms).
-- :datasets is replaced by the dataset ids (integers) the flow source uses.
SELECT line, supplier_ccode, recipient_ccode, year, tiv_delivered / len(delivery_years) AS tiv,
       category, description, local_production, comments
FROM (SELECT *, unnest(delivery_years) AS year
      FROM arms_deal
      WHERE dataset_id IN (:datasets) AND tiv_delivered IS NOT NULL AND len(delivery_years) > 0)
