-- The bundled data pack: which of its files are in this store. A file is loaded through the same
-- import path as 'entente import' (its dataset row says what it is); this table only remembers that
-- the pack put it there, so first use loads the pack once and 'entente data list' can tell bundled
-- releases from imported ones.
CREATE TABLE bundled_release (
    sha256       VARCHAR PRIMARY KEY,  -- of the original file, as the pack's manifest gives it
    file_name    VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    dataset_id   INTEGER NOT NULL,
    pack_version VARCHAR NOT NULL,
    loaded_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Releases 'entente data update' fetched, by the SHA-256 of the file's bytes as the manifest pins
-- it (the dataset row's own checksum is of the normalised text, which can differ), so a pinned
-- release already fetched is not downloaded again.
CREATE TABLE fetched_release (
    sha256      VARCHAR PRIMARY KEY,
    kind        VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    entry       VARCHAR,
    dataset_id  INTEGER NOT NULL,
    fetched_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
