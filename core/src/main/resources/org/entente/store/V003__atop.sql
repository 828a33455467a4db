-- ATOP 5.1 (Leeds et al. 2002). Obligation flags are booleans; codebook values > 0 count as true.
CREATE TABLE atop_alliance (          -- atop5_1a: one row per alliance
    dataset_id INTEGER NOT NULL,
    atopid     INTEGER NOT NULL,
    cowid      INTEGER,
    begyr      INTEGER, begmo INTEGER, begday INTEGER,
    endyr      INTEGER, endmo INTEGER, endday INTEGER,   -- endyr 0 in ATOP means still in effect
    ineffect   BOOLEAN,
    bilat      BOOLEAN,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version    VARCHAR
);

CREATE TABLE atop_alliance_phase (    -- atop5_1aph
    dataset_id  INTEGER NOT NULL,
    atopid      INTEGER NOT NULL,
    atopidphase DOUBLE NOT NULL,
    phase       INTEGER,
    begyr       INTEGER, begmo INTEGER, begday INTEGER,
    endyr       INTEGER, endmo INTEGER, endday INTEGER,
    defense     BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version     VARCHAR
);

CREATE TABLE atop_member (            -- atop5_1m: one row per member per phase
    dataset_id INTEGER NOT NULL,
    atopid     INTEGER NOT NULL,
    member     INTEGER NOT NULL,      -- COW code
    phase      INTEGER,
    yrent      INTEGER, moent INTEGER, dayent INTEGER,
    yrexit     INTEGER, moexit INTEGER, dayexit INTEGER,  -- yrexit 0: still a member
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version    VARCHAR
);

CREATE TABLE atop_state_year (        -- atop5_1sy
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    atopally   BOOLEAN,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    number     INTEGER,
    atopids    INTEGER[],
    version    VARCHAR
);

CREATE TABLE atop_dyad_year (         -- directed dyad-years (peacesciencer layout or derived)
    dataset_id INTEGER NOT NULL,
    ccode1     INTEGER NOT NULL,
    ccode2     INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN
);

CREATE TABLE atop_institution (       -- atopinst5_1
    dataset_id  INTEGER NOT NULL,
    atopid      INTEGER NOT NULL,
    atopidphase DOUBLE NOT NULL,
    milinst     INTEGER,
    formal      INTEGER,
    version     VARCHAR
);
