package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.data.StoreData;
import org.entente.assess.Assessment;
import org.entente.assess.Assessor;
import org.entente.report.ReportBuilder;
import org.entente.report.ReportDocument;
import org.entente.report.Reports;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the assessment as a report: DIR/<case-id>.html (one self-contained file, charts as SVG)",
            "and DIR/<case-id>.pdf. Without a case or states: the built-in Russia-China case.",
            "Charts: arms transfers with the recipient's share of the supplier's exports, bilateral trade, the rhetoric",
            "barometer, the threat matrix, the ACH matrix, CINC of the parties and the main third states."},
        footer = {"", "Examples:",
            "  ./entente report --out reports",
            "  ./entente report --case my-case.yaml --out reports",
            "  ./entente report USA JPN --year 2000 --out reports",
            "", "Files are written only inside DIR; a case id that is not a plain name is reduced to one."})
final class ReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin SubjectOptions subject;
    @Mixin ReleaseOption release;

    @Option(names = "--case", paramLabel = "FILE", description = "A case file (YAML) instead of the built-in case.")
    Path caseFile;

    @Parameters(paramLabel = "STATE", arity = "0..2",
            description = "Two states (COW abbreviation, code or name) to report on from loaded data, without a case file.")
    List<String> states = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the two files into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Assessor.Request request = subject.resolve(caseFile, states,
                "name two states (e.g. 'entente report USA JPN --year 2000 --out DIR'), or none");
        ReportDocument doc;
        try (Store s = store.openReadOnly()) {
            release.apply(s);
            StoreData data = new StoreData(s);
            Assessment result;
            try {
                result = Assessor.assess(request, data);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
            doc = ReportBuilder.build(result, request.kase(), data, new VersionProvider().getVersion()[0]);
        }
        Reports.Written w = Reports.write(doc, out);
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(w.html());
        pw.println(w.pdf());
        pw.flush();
        return 0;
    }
}
