package org.entente.cli;

import java.util.concurrent.Callable;

import org.entente.data.StoreData;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Lists the loaded datasets with their rows, versions, citations and the years each covers.",
        footer = {"", "Examples:", "  ./entente datasets", "  ./entente datasets --format json"})
final class DatasetsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.openReadOnly()) {
            ResultPrinter.print(new StoreData(s).datasetRows(), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
