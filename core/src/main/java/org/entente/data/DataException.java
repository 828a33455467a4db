package org.entente.data;

/**
 * A read of the store failed (a database error, not a gap in the data: a gap is an empty result).
 * Unchecked, so that the layers above the data layer never handle JDBC's exceptions.
 */
public final class DataException extends RuntimeException {

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
