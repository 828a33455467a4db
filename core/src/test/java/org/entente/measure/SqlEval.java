package org.entente.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Evaluates a measure's SQL form in DuckDB over literal inputs, for tests. */
final class SqlEval {

    private SqlEval() {}

    /**
     * Evaluates {@code expr} with the given named inputs as columns of a one-row table;
     * null inputs are typed NULLs.
     */
    static Double eval(String expr, Object... nameValue) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object v = nameValue[i + 1];
            String literal = v == null ? "NULL::DOUBLE" : v instanceof Integer ? v + "::INTEGER"
                    : v instanceof Long ? v + "::BIGINT" : v + "::DOUBLE";
            cols.append(i == 0 ? "" : ", ").append(literal).append(" AS ").append(nameValue[i]);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (" + expr + ")::DOUBLE FROM (SELECT " + cols + ") t")) {
            rs.next();
            double d = rs.getDouble(1);
            return rs.wasNull() ? null : d;
        }
    }
}
