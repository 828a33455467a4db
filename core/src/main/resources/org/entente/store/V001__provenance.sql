-- Provenance: one row per imported file. Every data row carries the dataset_id it came from,
-- so any figure can be traced back to the file, its checksum and its citation.
CREATE SEQUENCE dataset_id_seq START 1;

CREATE TABLE dataset (
    id           INTEGER PRIMARY KEY DEFAULT nextval('dataset_id_seq'),
    kind         VARCHAR NOT NULL,   -- importer kind, e.g. 'sipri-register', 'cow-nmc'
    file_name    VARCHAR NOT NULL,   -- base name of the file as given
    sha256       VARCHAR NOT NULL,   -- of the file's bytes; re-importing the same bytes is a no-op
    rows         BIGINT,             -- data rows loaded from the file
    version      VARCHAR,            -- dataset version, e.g. 'v6.0', '5.1'
    generated    VARCHAR,            -- generation date stated in the file, where it states one
    citation     VARCHAR NOT NULL,
    imported_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    UNIQUE (kind, sha256)
);

-- Names an import met that resolve to no COW state code: kept, flagged, reported.
CREATE TABLE unresolved_name (
    dataset_id   INTEGER NOT NULL,
    name         VARCHAR NOT NULL,   -- as written in the file
    role         VARCHAR NOT NULL,   -- e.g. 'supplier', 'recipient', 'actor1'
    reason       VARCHAR NOT NULL,   -- 'non-state actor', 'international organisation', 'unknown', ...
    occurrences  BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, name, role)
);
