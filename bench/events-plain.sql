-- The baseline of bench/events-bench.sh: 'entente events aggregate' (DuckDB engine, by month, all
-- dyads, the shipped country mapping) on GDELT 2.0 exports, written as one plain DuckDB query, as a
-- DuckDB user would write it by hand: typed read_csv that drops lines it cannot parse, the same rule
-- for duplicate event ids, a join to the same CAMEO-to-COW mapping, the same sums and the same
-- output columns and order. None of Entente's line checks, accounting of every line, or summary.
-- EventsPlainBaselineTest checks that it writes the same cells as the engine.
-- Placeholders: {{files}} a DuckDB list of files, {{countries}} the shipped cameo-codes.csv,
-- {{out}} the Parquet file to write.
COPY (
  WITH raw AS (
    SELECT * FROM read_csv({{files}}, delim = '\t', header = false, quote = '', escape = '', auto_detect = false,
                           dateformat = '%Y%m%d', ignore_errors = true, columns = {
    'GLOBALEVENTID': 'BIGINT', 'SQLDATE': 'DATE', 'MonthYear': 'VARCHAR', 'Year': 'VARCHAR',
    'FractionDate': 'VARCHAR', 'Actor1Code': 'VARCHAR', 'Actor1Name': 'VARCHAR',
    'Actor1CountryCode': 'VARCHAR', 'Actor1KnownGroupCode': 'VARCHAR', 'Actor1EthnicCode': 'VARCHAR',
    'Actor1Religion1Code': 'VARCHAR', 'Actor1Religion2Code': 'VARCHAR', 'Actor1Type1Code': 'VARCHAR',
    'Actor1Type2Code': 'VARCHAR', 'Actor1Type3Code': 'VARCHAR', 'Actor2Code': 'VARCHAR',
    'Actor2Name': 'VARCHAR', 'Actor2CountryCode': 'VARCHAR', 'Actor2KnownGroupCode': 'VARCHAR',
    'Actor2EthnicCode': 'VARCHAR', 'Actor2Religion1Code': 'VARCHAR', 'Actor2Religion2Code': 'VARCHAR',
    'Actor2Type1Code': 'VARCHAR', 'Actor2Type2Code': 'VARCHAR', 'Actor2Type3Code': 'VARCHAR',
    'IsRootEvent': 'INTEGER', 'EventCode': 'VARCHAR', 'EventBaseCode': 'VARCHAR', 'EventRootCode': 'VARCHAR',
    'QuadClass': 'INTEGER', 'GoldsteinScale': 'DOUBLE', 'NumMentions': 'BIGINT', 'NumSources': 'VARCHAR',
    'NumArticles': 'VARCHAR', 'AvgTone': 'DOUBLE', 'Actor1Geo_Type': 'VARCHAR',
    'Actor1Geo_FullName': 'VARCHAR', 'Actor1Geo_CountryCode': 'VARCHAR', 'Actor1Geo_ADM1Code': 'VARCHAR',
    'Actor1Geo_ADM2Code': 'VARCHAR', 'Actor1Geo_Lat': 'VARCHAR', 'Actor1Geo_Long': 'VARCHAR',
    'Actor1Geo_FeatureID': 'VARCHAR', 'Actor2Geo_Type': 'VARCHAR', 'Actor2Geo_FullName': 'VARCHAR',
    'Actor2Geo_CountryCode': 'VARCHAR', 'Actor2Geo_ADM1Code': 'VARCHAR', 'Actor2Geo_ADM2Code': 'VARCHAR',
    'Actor2Geo_Lat': 'VARCHAR', 'Actor2Geo_Long': 'VARCHAR', 'Actor2Geo_FeatureID': 'VARCHAR',
    'ActionGeo_Type': 'VARCHAR', 'ActionGeo_FullName': 'VARCHAR', 'ActionGeo_CountryCode': 'VARCHAR',
    'ActionGeo_ADM1Code': 'VARCHAR', 'ActionGeo_ADM2Code': 'VARCHAR', 'ActionGeo_Lat': 'VARCHAR',
    'ActionGeo_Long': 'VARCHAR', 'ActionGeo_FeatureID': 'VARCHAR', 'DATEADDED': 'VARCHAR',
    'SOURCEURL': 'VARCHAR'
    })
    WHERE QuadClass BETWEEN 1 AND 4 AND GoldsteinScale BETWEEN -10 AND 10
  ),
  -- an id seen twice counts once: the copy with the most mentions, then the greatest Goldstein
  -- value, QuadClass, root flag and date (the engine's rule)
  events AS (
    SELECT arg_max(struct_pack(SQLDATE, Actor1CountryCode, Actor2CountryCode, QuadClass, GoldsteinScale,
                               NumMentions, AvgTone),
                   struct_pack(NumMentions, GoldsteinScale, QuadClass, IsRootEvent, SQLDATE)) AS e
    FROM raw
    GROUP BY GLOBALEVENTID
  ),
  states AS (
    SELECT name, ccode FROM read_csv('{{countries}}', comment = '#', header = true, auto_detect = false,
        columns = {'scheme': 'VARCHAR', 'name': 'VARCHAR', 'ccode': 'INTEGER', 'kind': 'VARCHAR', 'note': 'VARCHAR'})
    WHERE scheme = 'cameo' AND kind = 'state'
  )
  SELECT 'gdelt2' AS origin, s.ccode AS source_ccode, t.ccode AS target_ccode, strftime(e.SQLDATE, '%Y-%m') AS period,
         count(*) AS events,
         count(*) FILTER (WHERE e.QuadClass = 1) AS verbal_coop,
         count(*) FILTER (WHERE e.QuadClass = 2) AS material_coop,
         count(*) FILTER (WHERE e.QuadClass = 3) AS verbal_conflict,
         count(*) FILTER (WHERE e.QuadClass = 4) AS material_conflict,
         sum(e.GoldsteinScale) AS goldstein_sum,
         avg(e.GoldsteinScale) AS goldstein_mean,
         sum(e.GoldsteinScale * e.NumMentions) / nullif(sum(e.NumMentions), 0) AS goldstein_mentions_weighted,
         CAST(sum(e.NumMentions) AS BIGINT) AS mentions,
         avg(e.AvgTone) AS avg_tone
  FROM events
  JOIN states s ON s.name = e.Actor1CountryCode
  JOIN states t ON t.name = e.Actor2CountryCode
  WHERE s.ccode <> t.ccode
  GROUP BY ALL
  ORDER BY origin, source_ccode, target_ccode, period
) TO '{{out}}' (FORMAT parquet)
