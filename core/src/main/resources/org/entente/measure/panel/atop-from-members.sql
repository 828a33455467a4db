-- ATOP directed dyad-years derived from the member-level file, for stores without the dyad-year
-- file: A holds obligation X toward B in a year if both are members of the same alliance phase
-- on some common day of that year and A's member row has X. Dates are compared as yyyymmdd
-- numbers; an unknown month or day (0) widens the membership to the whole year or month, and a
-- zero exit year means still a member at the end of the data ({{end}}). The published directed
-- file also corrects obligations that some members hold only toward some others; this
-- derivation cannot, so it codes such alliances as if every member held its obligations toward all.
CREATE OR REPLACE TEMP TABLE p_atop_dir AS
WITH m AS (
    SELECT atopid, coalesce(phase, 0) AS phase, member,
           yrent AS first_year,
           CASE WHEN coalesce(yrexit, 0) = 0 THEN {{end}} ELSE yrexit END AS last_year,
           yrent * 10000 + coalesce(nullif(moent, 0), 1) * 100 + coalesce(nullif(dayent, 0), 1) AS entered,
           CASE WHEN coalesce(yrexit, 0) = 0 THEN {{end}} * 10000 + 1231
                ELSE yrexit * 10000 + coalesce(nullif(moexit, 0), 12) * 100 + coalesce(nullif(dayexit, 0), 31)
           END AS exited,
           coalesce(defense, false) AS defense, coalesce(offense, false) AS offense,
           coalesce(neutral, false) AS neutral, coalesce(nonagg, false) AS nonagg, coalesce(consul, false) AS consul
    FROM atop_member
    WHERE dataset_id = {{dataset}}
)
SELECT a.member AS ccode1, b.member AS ccode2, y.year,
       bool_or(a.defense) AS defense, bool_or(a.offense) AS offense, bool_or(a.neutral) AS neutral,
       bool_or(a.nonagg) AS nonagg, bool_or(a.consul) AS consul
FROM m a
JOIN m b ON a.atopid = b.atopid AND a.phase = b.phase AND a.member <> b.member
JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y
  ON y.year BETWEEN greatest(a.first_year, b.first_year) AND least(a.last_year, b.last_year)
WHERE greatest(a.entered, b.entered, y.year * 10000 + 101) <= least(a.exited, b.exited, y.year * 10000 + 1231)
GROUP BY a.member, b.member, y.year;
