package org.entente.cli;

import java.util.EnumSet;
import java.util.function.Function;

import picocli.CommandLine.Option;

/** {@code --with LIST}, the measures a panel command ({@code dyads}, {@code states}) adds to its rows. */
final class MeasuresOption {

    @Option(names = "--with", paramLabel = "LIST", defaultValue = "",
            description = "Measures to add, comma-separated (see below), or all.")
    String with;

    /** The measures named by {@code --with}, read by the command's own parser; a bad name is a usage problem. */
    <F extends Enum<F>> EnumSet<F> parse(Function<String, EnumSet<F>> parser) {
        try {
            return parser.apply(with);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
