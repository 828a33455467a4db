-- State-system members per year from the membership spells: one row per spell and calendar
-- year it touches, with the days of that year the spell covers. Two states make a dyad in a
-- year only if those days overlap (peacesciencer drops the others as "false dyads").
-- Years come from range() as BIGINT; they are cast to INTEGER, the type of every other table's year,
-- so the panel's joins compare keys of one type (no CAST per probed row).
CREATE OR REPLACE TEMP TABLE p_member AS
SELECT s.ccode, s.stateabb, y.year,
       greatest(s.start_date, make_date(y.year, 1, 1)) AS first_day,
       least(s.end_date, make_date(y.year, 12, 31)) AS last_day
FROM state_spell s
JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y ON y.year BETWEEN year(s.start_date) AND year(s.end_date)
WHERE s.dataset_id = {{dataset}};

CREATE OR REPLACE TEMP TABLE p_state AS
SELECT ccode, year, any_value(stateabb) AS stateabb FROM p_member GROUP BY ccode, year;
