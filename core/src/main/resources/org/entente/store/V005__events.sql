-- Event data (GDELT 1.0/2.0, GDELT's reduced historical format, ICEWS) and the CAMEO code book.

-- CAMEO event codes: label from CAMEO.eventcodes.txt, Goldstein weight from
-- CAMEO.goldsteinscale.txt. The two files are separate datasets and merge into one row per code;
-- each column remembers which import gave it (a later import of the same kind overwrites).
CREATE TABLE cameo_code (
    code                 VARCHAR PRIMARY KEY,  -- '01', '010', '0311', ...
    label                VARCHAR,
    label_dataset_id     INTEGER,
    goldstein            DOUBLE,               -- Goldstein (1992) weight, -10..+10
    goldstein_dataset_id INTEGER
);

-- CAMEO actor code lists (CAMEO.type.txt, CAMEO.knowngroup.txt), kept as written: the published
-- files list UIS twice and use CEM for two organisations, so there is no key on code.
CREATE TABLE cameo_actor_code (
    dataset_id INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    list       VARCHAR NOT NULL,     -- 'type' or 'knowngroup'
    code       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL
);

-- One row per event. Countries are kept as coded in the file; *_ccode is the COW code they
-- resolve to, NULL for actors that are not states (kept, and tallied in unresolved_name).
CREATE TABLE event (
    dataset_id     INTEGER NOT NULL,
    line           BIGINT NOT NULL,      -- line in the file (in the zip entry for zipped files)
    origin         VARCHAR NOT NULL,     -- 'gdelt1', 'gdelt2', 'gdelt-reduced', 'icews'
    event_id       VARCHAR,              -- GLOBALEVENTID or ICEWS Event ID; NULL in the reduced format
    event_date     DATE NOT NULL,
    source_code    VARCHAR,              -- CAMEO actor code (GDELT Actor1Code, reduced Source)
    source_actor   VARCHAR,              -- actor name (GDELT Actor1Name, ICEWS Source Name)
    source_country VARCHAR,              -- as coded in the file (CAMEO/ISO-3 code or ICEWS name)
    source_ccode   INTEGER,
    source_sectors VARCHAR,              -- ICEWS Source Sectors
    target_code    VARCHAR,
    target_actor   VARCHAR,
    target_country VARCHAR,
    target_ccode   INTEGER,
    target_sectors VARCHAR,
    cameo_code     VARCHAR NOT NULL,
    base_code      VARCHAR,              -- GDELT EventBaseCode (three-digit level)
    root_code      VARCHAR NOT NULL,     -- two-digit CAMEO root
    is_root_event  BOOLEAN,
    quad_class     INTEGER NOT NULL,     -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein      DOUBLE NOT NULL,      -- GDELT GoldsteinScale; ICEWS Intensity
    num_mentions   INTEGER,
    num_sources    INTEGER,
    num_articles   INTEGER,              -- GDELT NumArticles; reduced NumArts
    num_events     INTEGER,              -- reduced format: events aggregated into the row; 1 otherwise
    avg_tone       DOUBLE,
    event_text     VARCHAR,              -- ICEWS Event Text
    action_place   VARCHAR,              -- GDELT ActionGeo_FullName; ICEWS City, District, Province
    action_country VARCHAR,              -- GDELT ActionGeo_CountryCode (FIPS 10-4); ICEWS Country (name)
    action_lat     DOUBLE,
    action_lon     DOUBLE,
    date_added     TIMESTAMP,            -- GDELT DATEADDED (a date in 1.0, a time in 2.0)
    source_ref     VARCHAR               -- where it was reported: GDELT SOURCEURL; ICEWS publisher, story, sentence
);

-- Per imported event file: its layout and what the import did with its lines.
CREATE TABLE event_file (
    dataset_id  INTEGER PRIMARY KEY,
    origin      VARCHAR NOT NULL,
    layout      VARCHAR NOT NULL,        -- e.g. 'GDELT 1.0 export, 58 columns'
    data_lines  BIGINT NOT NULL,         -- data lines read
    duplicates  BIGINT NOT NULL          -- lines skipped: event_id already stored for this origin
);
