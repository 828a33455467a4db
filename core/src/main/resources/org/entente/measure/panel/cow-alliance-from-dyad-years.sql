-- COW Formal Alliances v4.1 directed dyad-years as loaded (duplicates across alliances merged).
CREATE OR REPLACE TEMP TABLE p_cow_dir AS
SELECT ccode1, ccode2, year,
       bool_or(coalesce(defense, false)) AS defense, bool_or(coalesce(neutrality, false)) AS neutrality,
       bool_or(coalesce(nonaggression, false)) AS nonaggression, bool_or(coalesce(entente, false)) AS entente
FROM cow_alliance_dyad_year
WHERE dataset_id = {{dataset}} AND year BETWEEN {{first}} AND {{last}}
GROUP BY ccode1, ccode2, year;
