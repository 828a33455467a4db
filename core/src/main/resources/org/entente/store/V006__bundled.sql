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
