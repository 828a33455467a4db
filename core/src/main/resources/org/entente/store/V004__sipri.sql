-- SIPRI Arms Transfers Database. TIV is SIPRI's volume index (millions of 1990 US$ of
-- production cost), never a price. Names are kept as written; *_ccode is NULL where a name
-- is not a state (non-state actors, organisations, unknown suppliers), see unresolved_name.
CREATE TABLE arms_deal (
    dataset_id          INTEGER NOT NULL,
    line                INTEGER NOT NULL,    -- line in the source file, for tracing
    sipri_id            BIGINT,              -- SIPRI AT Database ID where the export gives one
    supplier            VARCHAR NOT NULL,
    supplier_ccode      INTEGER,
    recipient           VARCHAR NOT NULL,
    recipient_ccode     INTEGER,
    order_year          INTEGER,
    order_year_estimate BOOLEAN,
    number_ordered      INTEGER,
    number_ordered_estimate BOOLEAN,
    designation         VARCHAR,
    description         VARCHAR,
    category            VARCHAR,             -- armament category where the export gives one
    number_delivered    INTEGER,
    number_delivered_estimate BOOLEAN,
    delivery_years      INTEGER[],
    status              VARCHAR,             -- 'New', 'Second hand', 'Second hand but modernized'
    comments            VARCHAR,
    tiv_unit            DOUBLE,
    tiv_total_order     DOUBLE,
    tiv_delivered       DOUBLE,              -- NULL: no deliveries identified; 0: under 0.5m
    local_production    BOOLEAN
);

CREATE TABLE arms_delivery (          -- one row per deal and delivery year (detailed export)
    dataset_id       INTEGER NOT NULL,
    line             INTEGER NOT NULL,
    sipri_id         BIGINT,
    supplier         VARCHAR NOT NULL,
    supplier_ccode   INTEGER,
    recipient        VARCHAR NOT NULL,
    recipient_ccode  INTEGER,
    year             INTEGER NOT NULL,
    year_estimate    BOOLEAN,
    number_delivered INTEGER,
    number_estimate  BOOLEAN,
    tiv              DOUBLE
);

CREATE TABLE tiv_flow (               -- TIV export tables: supplier -> recipient per year
    dataset_id      INTEGER NOT NULL,
    line            INTEGER NOT NULL,
    supplier        VARCHAR NOT NULL,
    supplier_ccode  INTEGER,
    recipient       VARCHAR NOT NULL,
    recipient_ccode INTEGER,
    year            INTEGER NOT NULL,
    tiv             DOUBLE NOT NULL       -- 0 means under 0.5 million; absent cells are no row
);
