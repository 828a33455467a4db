-- COW alliance dyad-years derived from the member file: A and B share the alliance's types in
-- a year if both are members on some common day of it; A's own type flags are used. An open end
-- date means in force at the end of the data ({{end}}).
CREATE OR REPLACE TEMP TABLE p_cow_dir AS
WITH m AS (
    SELECT version4id, ccode, start_date, coalesce(end_date, make_date({{end}}, 12, 31)) AS end_date,
           coalesce(defense, false) AS defense, coalesce(neutrality, false) AS neutrality,
           coalesce(nonaggression, false) AS nonaggression, coalesce(entente, false) AS entente
    FROM cow_alliance_member
    WHERE dataset_id = {{dataset}} AND start_date IS NOT NULL
)
SELECT a.ccode AS ccode1, b.ccode AS ccode2, y.year,
       bool_or(a.defense) AS defense, bool_or(a.neutrality) AS neutrality,
       bool_or(a.nonaggression) AS nonaggression, bool_or(a.entente) AS entente
FROM m a
JOIN m b ON a.version4id = b.version4id AND a.ccode <> b.ccode
JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y
  ON y.year BETWEEN year(greatest(a.start_date, b.start_date)) AND year(least(a.end_date, b.end_date))
WHERE greatest(a.start_date, b.start_date, make_date(y.year, 1, 1))
      <= least(a.end_date, b.end_date, make_date(y.year, 12, 31))
GROUP BY a.ccode, b.ccode, y.year;
