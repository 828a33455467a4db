-- SIPRI Arms Transfers Database. TIV is SIPRI's volume index (millions of 1990 US$ of
-- production cost), never a price. Names are kept as written; *_ccode is NULL where a name
-- is not a state (non-state actors, organisations, unknown suppliers), see unresolved_name.
-- SIPRI writes "Germany" for the Federal Republic throughout: its ccode is 260 (COW GFR) for
-- years up to 1990 and 255 after (the year of the order for a deal, of the delivery or TIV cell
-- otherwise). Every figure is SIPRI's own; none is recomputed (unit TIVs are rounded).
CREATE TABLE arms_deal (                -- one per deal: the classic register's lines; the detailed
                                        -- export's SIPRI AT Database IDs
    dataset_id          INTEGER NOT NULL,
    line                INTEGER NOT NULL,    -- line in the source file (the deal's first), for tracing
    sipri_id            BIGINT,              -- SIPRI AT Database ID where the export gives one
    supplier            VARCHAR NOT NULL,
    supplier_ccode      INTEGER,
    recipient           VARCHAR NOT NULL,
    recipient_ccode     INTEGER,
    order_year          INTEGER,
    order_year_estimate BOOLEAN,             -- '?' (register) / "Order date is estimate" (detailed)
    number_ordered      INTEGER,             -- NULL: not yet known (register); not in the detailed export
    number_ordered_estimate BOOLEAN,
    designation         VARCHAR,
    description         VARCHAR,
    category            VARCHAR,             -- armament category where the export gives one
    number_delivered    INTEGER,             -- register only: the detailed export has it per year
    number_delivered_estimate BOOLEAN,
    delivery_years      INTEGER[],           -- years with deliveries (detailed: within its year range),
                                             -- NULL: none identified
    status              VARCHAR,             -- 'New', 'Second hand', 'Second hand but modernized'
    comments            VARCHAR,
    tiv_unit_estimate   DOUBLE,              -- detailed "SIPRI estimate": unit TIV before any
                                             -- second-hand reduction (= tiv_unit for new weapons)
    tiv_unit            DOUBLE,
    tiv_total_order     DOUBLE,
    tiv_delivered       DOUBLE,              -- 0: under 0.5m (SIPRI); the 2025-03-13 register also
                                             -- writes 0 when nothing is delivered yet (number_delivered 0)
                                             -- NULL: blank, no deliveries identified
    local_production    BOOLEAN
);

CREATE TABLE arms_delivery (          -- one row per deal and delivery year (detailed export)
    dataset_id       INTEGER NOT NULL,
    line             INTEGER NOT NULL,
    sipri_id         BIGINT,              -- joins arms_deal (same dataset_id) for the deal's details
    supplier         VARCHAR NOT NULL,
    supplier_ccode   INTEGER,
    recipient        VARCHAR NOT NULL,
    recipient_ccode  INTEGER,
    year             INTEGER NOT NULL,
    year_estimate    BOOLEAN,
    number_delivered INTEGER,
    number_estimate  BOOLEAN,
    tiv              DOUBLE               -- TIV of that year's deliveries, as SIPRI states it
);

CREATE TABLE tiv_flow (               -- TIV export tables: supplier -> recipient per year
    dataset_id      INTEGER NOT NULL,
    line            INTEGER NOT NULL,
    supplier        VARCHAR NOT NULL,     -- as the table's title names it
    supplier_ccode  INTEGER,
    recipient       VARCHAR NOT NULL,
    recipient_ccode INTEGER,
    year            INTEGER NOT NULL,
    tiv             DOUBLE NOT NULL       -- 0 means under 0.5 million; absent cells are no row
);
