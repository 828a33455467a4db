package org.entente.assess.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.entente.assess.AppliedAssumption;
import org.entente.assess.Assessment;
import org.entente.assess.DataGap;
import org.entente.assess.DataUse;
import org.entente.assess.Finding;
import org.entente.assess.Numbers;
import org.entente.assess.Section;
import org.entente.assess.Table;

/** The assessment as Markdown: headings per section, findings as a list, tables as pipe tables. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {}

    public static void render(Assessment a, PrintWriter out) {
        out.println("# " + esc(a.title()));
        out.println();
        out.println("- **Parties:** " + esc(Labels.parties(a)));
        out.println("- **Period:** " + esc(Labels.period(a)) + (a.caseId() == null ? " (no case file: loaded data only)"
                : " (case `" + a.caseId() + "`)"));
        out.println("- **Verdict:** " + Labels.rating(a) + ", score " + Numbers.format(a.verdict().score()));
        for (String m : a.missingYears()) {
            out.println("- **Missing:** " + esc(m));
        }
        if (!a.assumptions().isEmpty()) {
            out.println("- **Assumed:** " + esc(String.join(", ", a.assumptions().stream().map(x -> x.key() + "=" + x.value()).toList())));
        }
        out.println("- **Method:** " + a.method());
        for (Section s : a.sections()) {
            out.println();
            out.println("## " + s.number() + ". " + esc(s.title()) + " *(" + Labels.status(s.status()) + ")*");
            out.println();
            if (!s.summary().isBlank()) {
                out.println(esc(s.summary()));
                out.println();
            }
            for (Finding f : s.findings()) {
                String refs = Labels.refs(f.sources());
                out.println("- **" + esc(f.label()) + ":** " + esc(f.display()) + (refs.isEmpty() ? "" : " — " + esc(refs))
                        + (f.note() == null || f.note().isBlank() ? "" : " *(" + esc(f.note()) + ")*"));
            }
            for (Table t : s.tables()) {
                out.println();
                out.println("**" + esc(t.title()) + "**");
                out.println();
                List<String> cols = new ArrayList<>(t.columns());
                cols.add("sources");
                out.println("| " + String.join(" | ", cols.stream().map(MarkdownRenderer::cell).toList()) + " |");
                out.println("|" + " --- |".repeat(cols.size()));
                for (Table.Row r : t.rows()) {
                    List<String> cells = new ArrayList<>(r.cells().stream().map(MarkdownRenderer::cell).toList());
                    cells.add(cell(Labels.refs(r.sources())));
                    out.println("| " + String.join(" | ", cells) + " |");
                }
                if (t.note() != null && !t.note().isBlank()) {
                    out.println();
                    out.println("*" + esc(t.note()) + "*");
                }
            }
            if (!s.uses().isEmpty() || !s.gaps().isEmpty() || !s.notes().isEmpty()) {
                out.println();
            }
            for (DataUse u : s.uses()) {
                out.println("- uses: " + esc(u.text()));
            }
            for (DataGap g : s.gaps()) {
                out.println("- missing data: " + esc(g.text()));
            }
            for (String n : s.notes()) {
                out.println("- note: " + esc(n));
            }
        }
        if (!a.assumptions().isEmpty()) {
            out.println();
            out.println("## Assumptions");
            out.println();
            for (AppliedAssumption x : a.assumptions()) {
                out.println("- `" + x.key() + "=" + x.value() + "`: " + esc(x.effect()));
            }
        }
        out.println();
        out.println("## Sources");
        out.println();
        Labels.byWork(a.bibliography()).forEach((work, cs) ->
                out.println("- " + esc(work) + ": " + esc(Labels.locators(cs))));
        out.flush();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("`", "\\`");
    }

    static String cell(String s) {
        return esc(s).replace("|", "\\|").replaceAll("\\s+", " ");
    }
}
