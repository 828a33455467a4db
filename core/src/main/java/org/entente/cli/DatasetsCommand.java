package org.entente.cli;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;

import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Lists the loaded datasets with their rows, versions and citations.",
        footer = {"", "Examples:", "  entente datasets", "  entente datasets --format json"})
final class DatasetsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    static final String QUERY = """
            SELECT id, kind, file_name, rows, version, generated, citation,
                   strftime(imported_at, '%Y-%m-%d %H:%M:%S') AS imported_at, sha256
            FROM dataset ORDER BY id""";

    @Override
    public Integer call() throws Exception {
        try (Store s = store.openReadOnly(); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery(QUERY)) {
            ResultPrinter.print(rs, format, spec.commandLine().getOut());
        }
        return 0;
    }
}
