package org.entente.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;

import org.entente.data.Rows;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs a read-only SQL query against the store and prints the result.",
        footer = {"", "Examples:",
            "  entente sql \"SELECT kind, file_name, rows FROM dataset\"",
            "  entente sql --format csv \"SELECT * FROM arms_deal WHERE supplier = 'Russia' AND recipient = 'China'\"",
            "", "The store is opened read-only: INSERT, UPDATE, CREATE and the like are refused."})
final class SqlCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Parameters(paramLabel = "QUERY", description = "One SQL statement.")
    String query;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.openReadOnly(); Statement st = s.connection().createStatement()) {
            boolean hasRows;
            try {
                hasRows = st.execute(query);
            } catch (java.sql.SQLException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("read-only") || m.contains("read only")) {
                    throw new UsageProblem("the store is opened read-only: 'entente sql' runs queries, not changes");
                }
                throw e;
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
}
