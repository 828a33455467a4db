package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema. Each migration is a SQL resource beside the code that owns its tables; they
 * run in order, once, each in its own transaction, and {@code schema_version} records which ran.
 *
 * <p>Add a migration by appending to {@link #ALL}; never edit one that has been released.
 */
final class Migrations {

    record Migration(int version, String resource) {}

    /** In order. Resources are relative to this package on the classpath. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "V001__provenance.sql"),
            new Migration(2, "V002__cow.sql"),
            new Migration(3, "V003__atop.sql"),
            new Migration(4, "V004__sipri.sql"),
            new Migration(5, "V005__events.sql"),
            new Migration(6, "V006__bundled.sql"));

    private Migrations() {}

    static void apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, resource VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        for (Migration m : ALL) {
            if (m.version() <= current) {
                continue;
            }
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : SqlScript.statements(SqlScript.resource(Migrations.class, m.resource()))) {
                    st.execute(sql);
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.resource());
                    ps.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("schema migration " + m.resource() + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /** True if the store has every migration of this build (false for a file with no schema yet). */
    static boolean isCurrent(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_name = 'schema_version' AND table_schema = 'main'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return false;
            }
        }
        return currentVersion(connection) >= ALL.get(ALL.size() - 1).version();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
