-- Capitals: each capital spell numbered, and the capital of every state-year: the one in place
-- at the end of the year (the latest spell starting by then). A capital without dates holds
-- for every year.
CREATE OR REPLACE TEMP TABLE p_capital_row AS
SELECT row_number() OVER (ORDER BY ccode, start_date, capital)::INTEGER AS cap, ccode, capital, start_date, end_date,
       lat, lon
FROM capital
WHERE dataset_id = {{dataset}};

CREATE OR REPLACE TEMP TABLE p_capital AS
SELECT r.ccode, y.year, arg_max(r.cap, coalesce(r.start_date, DATE '0001-01-01')) AS cap
FROM p_capital_row r
JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y
  ON (r.start_date IS NULL OR year(r.start_date) <= y.year) AND (r.end_date IS NULL OR year(r.end_date) >= y.year)
GROUP BY r.ccode, y.year;
