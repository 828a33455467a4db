package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.Case;
import org.entente.model.Party;
import org.entente.assess.Assessor;
import org.entente.assess.Assumptions;
import org.entente.source.casefile.CaseReader;
import org.entente.source.casefile.States;

import picocli.CommandLine.Option;

/**
 * {@code --year} and {@code --assume}, shared by {@code assess} and {@code report}, and the rules turning
 * them, a case file and the STATE arguments into one assessment request. {@code --case} and STATE stay in
 * each command because their help text names what the command does with them.
 */
final class SubjectOptions {

    @Option(names = "--year", paramLabel = "Y", description = "The year to assess (default: the case's last year).")
    Integer year;

    @Option(names = "--assume", paramLabel = "KEY=VALUE", description = "Override an input and recompute (repeatable).")
    List<String> assume = new ArrayList<>();

    /**
     * The request for a case file, two states, or (neither given) the built-in case.
     *
     * @param oneStateProblem the usage message when only one state is named; it shows the command's own example
     */
    Assessor.Request resolve(Path caseFile, List<String> states, String oneStateProblem) {
        if (states.size() == 1) {
            throw new UsageProblem(oneStateProblem);
        }
        if (!states.isEmpty() && caseFile != null) {
            throw new UsageProblem("give either --case FILE or two states, not both");
        }
        Assumptions assumptions;
        try {
            assumptions = Assumptions.parse(assume);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        Case kase = null;
        Party a = null;
        Party b = null;
        if (states.isEmpty()) {
            kase = caseFile != null ? CaseReader.read(caseFile) : CaseReader.builtIn(AssessCommand.DEFAULT_CASE);
        } else {
            a = state(states.get(0));
            b = state(states.get(1));
            if (a.ccode() == b.ccode()) {
                throw new UsageProblem("the two states are the same: " + a.abbrev());
            }
            if (year == null) {
                throw new UsageProblem("without a case file, give the year to assess with --year");
            }
        }
        return new Assessor.Request(kase, a, b, year, assumptions);
    }

    private static Party state(String text) {
        return States.find(text).orElseThrow(() -> new UsageProblem("'" + text
                + "' is not a state: use a COW abbreviation (RUS), a COW code (365) or a name (Russia)"));
    }
}
