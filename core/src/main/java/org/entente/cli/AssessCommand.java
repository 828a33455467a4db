package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.report.HtmlReport;
import org.entente.report.ReportBuilder;
import org.entente.data.StoreData;
import org.entente.assess.Assessment;
import org.entente.assess.Assessor;
import org.entente.assess.render.JsonRenderer;
import org.entente.assess.render.MarkdownRenderer;
import org.entente.assess.render.TextRenderer;
import org.entente.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses an alliance: is it one, what holds it together, how much rests on the arms trade.",
            "Without arguments: the built-in Russia-China case (" + AssessCommand.DEFAULT_CASE + ").",
            "With two states and no case file: the sections the loaded data can answer; the others say they lack case evidence.",
            "Every figure names its source: a dataset and its rows, or a case source and its note."},
        footer = {"", "Examples:",
            "  ./entente assess",
            "  ./entente assess --assume threat.USA=3",
            "  ./entente assess --case my-case.yaml --format md",
            "  ./entente assess USA JPN --year 2000",
            "",
            "Assumption keys: threat.SOURCE=N, threat.PARTY.SOURCE=N (0..3), stance.PARTY.ISSUE=status-quo|revisionist,",
            "evidence.ID.weight=W, factor.KEY=S (-1..1), weight.KEY=W. The rules: docs/assessment-method.md."})
final class AssessCommand implements Callable<Integer> {

    static final String DEFAULT_CASE = "russia-china-2001";

    enum Format { text, md, json, html }

    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin SubjectOptions subject;
    @Mixin ReleaseOption release;

    @Option(names = "--case", paramLabel = "FILE", description = "A case file (YAML) to assess instead of the built-in case.")
    Path caseFile;

    @Parameters(paramLabel = "STATE", arity = "0..2",
            description = "Two states (COW abbreviation, COW code or name) to assess from loaded data, without a case file.")
    List<String> states = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, md, json or html (the report's page without charts; default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Assessor.Request request = subject.resolve(caseFile, states,
                "name two states (e.g. 'entente assess USA JPN --year 2000'), or none for the built-in case");
        Assessment result;
        try (Store s = store.openReadOnly()) {
            release.apply(s);
            result = Assessor.assess(request, new StoreData(s));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> TextRenderer.render(result, out);
            case md -> MarkdownRenderer.render(result, out);
            case json -> JsonRenderer.render(result, out);
            case html -> out.print(HtmlReport.render(ReportBuilder.withoutCharts(result, request.kase(),
                    new VersionProvider().getVersion()[0]), ""));
        }
        out.flush();
        return 0;
    }
}
