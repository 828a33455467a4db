package org.entente.data;

import java.sql.SQLException;

/** Turns a JDBC read into one that fails with {@link DataException}. */
final class Sql {

    @FunctionalInterface
    interface Read<T> {
        T get() throws SQLException;
    }

    private Sql() {}

    static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new DataException(DataException.databaseError(e).orElseThrow(), e);
        }
    }
}
