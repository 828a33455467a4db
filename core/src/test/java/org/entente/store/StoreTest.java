package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir Path dir;

    @Test
    void migrationsRunOnceAndAreRecorded() throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (Store s = Store.open(db)) {
            assertThat(Migrations.currentVersion(s.connection())).isEqualTo(Migrations.ALL.size());
        }
        try (Store s = Store.open(db); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void readOnlyStoreRefusesWrites() throws Exception {
        Path db = dir.resolve("r.duckdb");
        Store.open(db).close();
        try (Store s = Store.open(db, StoreSettings.defaults().asReadOnly());
                Statement st = s.connection().createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute("CREATE TABLE x (a INTEGER)"))
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void sqlScriptSplitsOnStatementEnds() {
        assertThat(SqlScript.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
