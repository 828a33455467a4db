-- For each dataset holding arms flows: how many distinct years of [?, ?] its rows cover.
-- Register and per-delivery-year rows count by delivery year; TIV tables by their year column.
SELECT 'REGISTER' AS basis, dataset_id, count(DISTINCT y) AS years
FROM (SELECT dataset_id, unnest(delivery_years) AS y FROM arms_deal WHERE tiv_delivered IS NOT NULL)
WHERE y BETWEEN ? AND ? GROUP BY dataset_id
UNION ALL
SELECT 'DELIVERIES', dataset_id, count(DISTINCT year) FROM arms_delivery
WHERE year BETWEEN ? AND ? GROUP BY dataset_id
UNION ALL
SELECT 'TIV_TABLES', dataset_id, count(DISTINCT year) FROM tiv_flow
WHERE year BETWEEN ? AND ? GROUP BY dataset_id
