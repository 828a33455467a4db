-- Event data (GDELT 1.0/2.0, ICEWS) and the CAMEO code book.
CREATE TABLE cameo_code (
    dataset_id  INTEGER NOT NULL,
    code        VARCHAR NOT NULL,
    label       VARCHAR,
    goldstein   DOUBLE
);

CREATE TABLE event (
    dataset_id     INTEGER NOT NULL,
    line           BIGINT NOT NULL,
    origin         VARCHAR NOT NULL,     -- 'gdelt1', 'gdelt2', 'gdelt-reduced', 'icews'
    event_id       VARCHAR,              -- GLOBALEVENTID or ICEWS Event ID
    event_date     DATE NOT NULL,
    source_actor   VARCHAR,
    source_country VARCHAR,              -- as coded in the file (CAMEO/ISO-3 code or name)
    source_ccode   INTEGER,
    target_actor   VARCHAR,
    target_country VARCHAR,
    target_ccode   INTEGER,
    cameo_code     VARCHAR,
    root_code      VARCHAR,
    is_root_event  BOOLEAN,
    quad_class     INTEGER,              -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein      DOUBLE,
    num_mentions   INTEGER,
    avg_tone       DOUBLE
);
