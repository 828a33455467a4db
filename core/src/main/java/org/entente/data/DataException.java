package org.entente.data;

/**
 * A read of the store failed (a database error, not a gap in the data: a gap is an empty result).
 * Unchecked, so that the layers above the data layer never handle JDBC's exceptions.
 */
public final class DataException extends RuntimeException {

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * "database error: FIRST LINE" for a failure of the database (JDBC's own, as the store's open
     * and import throw it, or this class), else empty.
     */
    public static java.util.Optional<String> databaseError(Throwable t) {
        if (t instanceof DataException) {
            return java.util.Optional.of(t.getMessage());
        }
        if (t instanceof java.sql.SQLException sql) {
            // DuckDB's own words (a binder error, say), not the JDBC wrapper's
            return java.util.Optional.of("database error: " + org.entente.store.StoreErrors.text(sql));
        }
        return java.util.Optional.empty();
    }
}
