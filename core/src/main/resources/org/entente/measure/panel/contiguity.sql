-- Direct contiguity per directed dyad-year: the closest type (1 land/river .. 5 water up to 400
-- miles) in effect on any day of the year. Spells coded 0 (not contiguous) are left out: inside
-- the data's coverage no row means 0. Both orientations are added so undirected files work too.
-- score is the proximity score the threat index uses ({{score}}).
CREATE OR REPLACE TEMP TABLE p_contig AS
SELECT ccode1, ccode2, year, conttype, {{score}} AS score
FROM (SELECT ccode1, ccode2, year, min(conttype) AS conttype
FROM (
    SELECT c.ccode1, c.ccode2, y.year, c.conttype
    FROM contiguity c
    JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y ON y.year BETWEEN year(c.start_date) AND year(c.end_date)
    WHERE c.dataset_id = {{dataset}} AND c.conttype > 0
    UNION ALL
    SELECT c.ccode2, c.ccode1, y.year, c.conttype
    FROM contiguity c
    JOIN (SELECT range::INTEGER AS year FROM range({{first}}, {{last}} + 1)) y ON y.year BETWEEN year(c.start_date) AND year(c.end_date)
    WHERE c.dataset_id = {{dataset}} AND c.conttype > 0
)
GROUP BY ccode1, ccode2, year);
