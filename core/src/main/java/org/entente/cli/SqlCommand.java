package org.entente.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import org.entente.data.Rows;
import org.entente.store.Store;
import org.entente.store.StoreErrors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs a read-only SQL query against the store and prints the result.",
        footer = {"", "Examples:",
            "  ./entente sql \"SELECT kind, file_name, rows FROM dataset\"",
            "  ./entente sql --format csv \"SELECT * FROM arms_deal WHERE supplier = 'Russia' AND recipient = 'China'\"",
            "", "The store is opened read-only and locked down: INSERT, UPDATE, CREATE and the like are refused,",
            "and so is anything that reaches outside the store: COPY ... TO, EXPORT DATABASE, ATTACH, INSTALL,",
            "LOAD, and functions that read files (read_csv, read_text, glob, ...).",
            "To write a query's result to a file, use --format csv and redirect the output."})
final class SqlCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Parameters(paramLabel = "QUERY", description = "One SQL statement.")
    String query;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.openLockedDown(); Statement st = s.connection().createStatement()) {
            boolean hasRows;
            try {
                hasRows = st.execute(query);
            } catch (SQLException e) {
                throw new SQLException(refusal(StoreErrors.text(e)), e.getSQLState(), e);
            }
            if (!hasRows) {
                throw new UsageProblem("the statement returned no rows; 'entente sql' runs read-only queries");
            }
            try (ResultSet rs = st.getResultSet()) {
                PrintWriter out = spec.commandLine().getOut();
                ResultPrinter.print(Rows.of(rs), format, out);
            }
        }
        return 0;
    }

    /** DuckDB's own error, with why the statement was refused when it was the lock-down that refused it. */
    private static String refusal(String error) {
        if (error.contains("read-only mode") || error.contains("read-only")) {
            return "'entente sql' opens the store read-only and runs queries, not changes: " + error;
        }
        if (error.contains("disabled by configuration") || error.contains("configuration has been locked")
                || error.contains("disabled through configuration")) {
            return "'entente sql' reads only the store: files, the network, extensions and settings are out of reach"
                    + " (to save a result, use --format csv and redirect the output): " + error;
        }
        return error;
    }
}
