-- Correlates of War. Dates are full dates where the source gives day and month.
-- Every table's rows carry the dataset_id of the file they came from; `version` is the dataset
-- version (as the file states it, or as the loader inferred it: see dataset.version).
CREATE TABLE state_spell (            -- states2016: state-system membership spells
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    stateabb   VARCHAR NOT NULL,
    statenme   VARCHAR NOT NULL,
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    version    VARCHAR
);

CREATE TABLE state_year (             -- system2016: one row per member per year
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    stateabb   VARCHAR NOT NULL,
    year       INTEGER NOT NULL,
    version    VARCHAR
);

CREATE TABLE major_power (            -- majors2016
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    stateabb   VARCHAR NOT NULL,
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    version    VARCHAR
);

CREATE TABLE capability (             -- NMC; NULL where the source says missing (-9 or empty)
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    milex      DOUBLE,                -- thousands of current US$
    milper     DOUBLE,                -- thousands of personnel
    irst       DOUBLE,                -- thousands of tons of iron and steel
    pec        DOUBLE,                -- thousands of coal-ton equivalents
    tpop       DOUBLE,                -- thousands
    upop       DOUBLE,                -- thousands
    cinc       DOUBLE,                -- as published
    version    VARCHAR                -- e.g. '6.0', '7.0'
);

CREATE TABLE contiguity (             -- direct contiguity spells (directed, as published)
    dataset_id INTEGER NOT NULL,
    ccode1     INTEGER NOT NULL,
    ccode2     INTEGER NOT NULL,
    conttype   INTEGER NOT NULL,      -- 1 land/river, 2..5 water up to 12/24/150/400 miles, 0 none (peacesciencer)
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    version    VARCHAR
);

CREATE TABLE capital (
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    capital    VARCHAR NOT NULL,
    start_date DATE,
    end_date   DATE,
    lat        DOUBLE NOT NULL,
    lon        DOUBLE NOT NULL,
    statenme   VARCHAR
);

CREATE TABLE trade_flow (             -- COW Dyadic Trade; undirected rows as published
    dataset_id  INTEGER NOT NULL,
    ccode1      INTEGER NOT NULL,
    ccode2      INTEGER NOT NULL,
    year        INTEGER NOT NULL,
    flow1       DOUBLE,               -- imports of ccode1 from ccode2, current million US$
    flow2       DOUBLE,               -- imports of ccode2 from ccode1
    smoothflow1 DOUBLE,
    smoothflow2 DOUBLE,
    version     VARCHAR
);

-- The official Dyadic_COW_4.0.csv's further columns, one row per trade_flow row of the same
-- dataset (join on dataset_id, ccode1, ccode2, year); peacesciencer's copy has none of them. Kept
-- apart so that the common 7-column import appends 9 values a row rather than 24.
CREATE TABLE trade_flow_official (
    dataset_id  INTEGER NOT NULL,
    ccode1      INTEGER NOT NULL,
    ccode2      INTEGER NOT NULL,
    year        INTEGER NOT NULL,
    importer1   VARCHAR,
    importer2   VARCHAR,
    smoothtotrade DOUBLE,
    spike1      INTEGER, spike2 INTEGER, dip1 INTEGER, dip2 INTEGER, trdspike INTEGER, tradedip INTEGER,
    bel_lux_alt_flow1 DOUBLE, bel_lux_alt_flow2 DOUBLE,
    china_alt_flow1   DOUBLE, china_alt_flow2   DOUBLE,
    source1     INTEGER, source2 INTEGER
);

-- COW Formal Alliances v4.1 (for users who have it; no sample in shared/data)
CREATE TABLE cow_alliance_member (    -- alliance_v4.1_by_member
    dataset_id   INTEGER NOT NULL,
    version4id   INTEGER NOT NULL,
    ccode        INTEGER NOT NULL,
    ss_type      VARCHAR,
    start_date   DATE,                -- of this state's membership
    end_date     DATE,                -- NULL: in force at the end of the data
    defense      BOOLEAN,
    neutrality   BOOLEAN,
    nonaggression BOOLEAN,
    entente      BOOLEAN,
    version      VARCHAR,
    alliance_start DATE,              -- of the alliance as a whole
    alliance_end   DATE,
    left_censor  BOOLEAN,
    right_censor BOOLEAN
);

CREATE TABLE cow_alliance_dyad (      -- alliance_v4.1_by_directed / _by_dyad: spells, one per alliance
    dataset_id   INTEGER NOT NULL,
    version4id   INTEGER NOT NULL,
    ccode1       INTEGER NOT NULL,
    ccode2       INTEGER NOT NULL,
    start_date   DATE NOT NULL,
    end_date     DATE,                -- NULL: in force at the end of 2012
    left_censor  BOOLEAN,
    right_censor BOOLEAN,
    defense      BOOLEAN,
    neutrality   BOOLEAN,
    nonaggression BOOLEAN,
    entente      BOOLEAN,
    version      VARCHAR,
    directed     BOOLEAN              -- the file lists every pair both ways (_by_directed), else one way
);

CREATE TABLE cow_alliance_dyad_year ( -- directed dyad-years, deduplicated across alliances
    dataset_id   INTEGER NOT NULL,
    ccode1       INTEGER NOT NULL,
    ccode2       INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    defense      BOOLEAN,             -- true if any alliance of the dyad-year has it
    neutrality   BOOLEAN,
    nonaggression BOOLEAN,
    entente      BOOLEAN,
    version4ids  INTEGER[],           -- the alliances behind the row (official yearly files only)
    version      VARCHAR
);
