-- ATOP 5.1 (Leeds et al. 2002). Obligation flags are booleans; codebook values > 0 count as true.
-- Dates are kept as ATOP codes them (year, month, day integers): an end or exit year of 0 means
-- still in effect on 31 Dec 2018 (then ineffect is true); a missing day is NULL.
CREATE TABLE atop_alliance (          -- atop5_1a: one row per alliance
    dataset_id INTEGER NOT NULL,
    atopid     INTEGER NOT NULL,
    cowid      INTEGER,
    begyr      INTEGER, begmo INTEGER, begday INTEGER,
    endyr      INTEGER, endmo INTEGER, endday INTEGER,   -- endyr 0 in ATOP means still in effect
    ineffect   BOOLEAN,
    bilat      BOOLEAN,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version    VARCHAR,
    cow4id     INTEGER,               -- the alliance in COW Formal Alliances 4.1
    maxphase   INTEGER,
    conditio   BOOLEAN,               -- some primary obligation is conditional
    asymm      BOOLEAN,               -- obligations vary among members
    members    INTEGER[]              -- mem1..memN, COW codes
);

CREATE TABLE atop_alliance_phase (    -- atop5_1aph
    dataset_id  INTEGER NOT NULL,
    atopid      INTEGER NOT NULL,
    atopidphase DOUBLE NOT NULL,
    phase       INTEGER,
    begyr       INTEGER, begmo INTEGER, begday INTEGER,
    endyr       INTEGER, endmo INTEGER, endday INTEGER,
    defense     BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version     VARCHAR,
    cowid       INTEGER,
    cow4id      INTEGER,
    ineffect    BOOLEAN,
    bilat       BOOLEAN,
    maxphase    INTEGER,
    conditio    BOOLEAN,
    asymm       BOOLEAN,
    members     INTEGER[]
);

CREATE TABLE atop_member (            -- atop5_1m: one row per member per phase
    dataset_id INTEGER NOT NULL,
    atopid     INTEGER NOT NULL,
    member     INTEGER NOT NULL,      -- COW code
    phase      INTEGER,
    yrent      INTEGER, moent INTEGER, dayent INTEGER,
    yrexit     INTEGER, moexit INTEGER, dayexit INTEGER,  -- yrexit 0: still a member
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    version    VARCHAR,
    cowsys     BOOLEAN,               -- in the COW state system when it signed
    ineffect   BOOLEAN,               -- still a member on 31 Dec 2018
    bilat      BOOLEAN,
    conditio   BOOLEAN,               -- any of this member's obligations is conditional
    defcon     BOOLEAN, offcon BOOLEAN, neucon BOOLEAN, concon BOOLEAN,
    obvary     BOOLEAN                -- different obligations to different partners
);

CREATE TABLE atop_state_year (        -- atop5_1sy
    dataset_id INTEGER NOT NULL,
    ccode      INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    atopally   BOOLEAN,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    number     INTEGER,
    atopids    INTEGER[],
    version    VARCHAR,
    transyr    BOOLEAN                -- some commitment starts or ends within the year
);

CREATE TABLE atop_dyad_year (         -- directed dyad-years (peacesciencer layout or ATOP's own)
    dataset_id INTEGER NOT NULL,
    ccode1     INTEGER NOT NULL,
    ccode2     INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    defense    BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN,
    number     INTEGER,               -- ATOP's own layout only
    atopids    INTEGER[],             -- ATOP's own layout only
    version    VARCHAR
);

CREATE TABLE atop_institution (       -- atopinst5_1 (Leeds and Anac 2005)
    dataset_id  INTEGER NOT NULL,
    atopid      INTEGER NOT NULL,
    atopidphase DOUBLE NOT NULL,
    milinst     INTEGER,              -- 0-2 as published
    formal      INTEGER,              -- 0-2 as published
    version     VARCHAR
);
