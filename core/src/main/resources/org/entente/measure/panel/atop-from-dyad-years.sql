-- ATOP directed dyad-years as loaded: the obligations ccode1 holds toward ccode2.
CREATE OR REPLACE TEMP TABLE p_atop_dir AS
SELECT ccode1, ccode2, year,
       bool_or(coalesce(defense, false)) AS defense, bool_or(coalesce(offense, false)) AS offense,
       bool_or(coalesce(neutral, false)) AS neutral, bool_or(coalesce(nonagg, false)) AS nonagg,
       bool_or(coalesce(consul, false)) AS consul
FROM atop_dyad_year
WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}}
GROUP BY ccode1, ccode2, year;
