package org.entente.cli;

import picocli.CommandLine.Command;

@Command(
        name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "How firm is an alliance between two states, and how much of it rests on the arms trade?",
            "Imports SIPRI, COW, ATOP and event data into a DuckDB store and measures a pair of states.",
        },
        footer = {
            "",
            "The store is ~/.entente/entente.duckdb unless --db or ENTENTE_DB names another file.",
            "Exit codes: 0 ok, 1 failure (bad input, missing data), 2 usage error.",
        },
        subcommands = {
            ImportCommand.class,
            DatasetsCommand.class,
            DataCommand.class,
            SqlCommand.class,
            CaseCommand.class,
            AssessCommand.class,
            DyadsCommand.class,
            TriangleCommand.class,
            StatesCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            EventsCommand.class,
            AlliancesCommand.class,
        })
public final class EntenteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
