package org.entente.measure.panel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import org.entente.store.Store;
import org.entente.store.StoreSettings;

/**
 * The benchmark's baseline: runs one plain SQL file ({@code bench/core-join.sql}) against a
 * store, opened read-only with the same DuckDB settings as the CLI, and writes its result where
 * {@code {{out}}} says. {@code PlainSqlBaseline STORE SQL_FILE OUT.parquet}.
 */
public final class PlainSqlBaseline {

    private PlainSqlBaseline() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PlainSqlBaseline STORE.duckdb QUERY.sql OUT.parquet");
            System.exit(2);
        }
        String sql = Files.readString(Path.of(args[1]))
                .replace("{{out}}", Path.of(args[2]).toAbsolutePath().toString().replace("'", "''"));
        try (Store s = Store.open(Path.of(args[0]), StoreSettings.defaults().asReadOnly());
                Statement st = s.connection().createStatement()) {
            for (String statement : org.entente.store.SqlScript.statements(sql)) {
                st.execute(statement);
            }
        }
    }
}
