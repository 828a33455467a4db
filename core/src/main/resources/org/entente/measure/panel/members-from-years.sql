-- Fallback when only the state-year list is loaded: members are present all year, so no pair
-- of members is dropped for non-overlapping spells.
CREATE OR REPLACE TEMP TABLE p_member AS
SELECT ccode, stateabb, year, make_date(year, 1, 1) AS first_day, make_date(year, 12, 31) AS last_day
FROM state_year
WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}};

CREATE OR REPLACE TEMP TABLE p_state AS
SELECT ccode, year, any_value(stateabb) AS stateabb FROM p_member GROUP BY ccode, year;
