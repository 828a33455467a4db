package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event data (GDELT, ICEWS): dyad-period series from raw files, and series from the store.",
        subcommands = {EventsAggregateCommand.class, EventsSeriesCommand.class, EventsGenerateCommand.class})
final class EventsCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
