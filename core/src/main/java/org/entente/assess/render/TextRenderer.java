package org.entente.assess.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.entente.assess.AppliedAssumption;
import org.entente.assess.Assessment;
import org.entente.assess.DataGap;
import org.entente.assess.DataUse;
import org.entente.assess.Finding;
import org.entente.assess.Section;
import org.entente.assess.Table;

/**
 * The terminal report: each section with its status, summary, findings (each with its sources in
 * brackets), tables (a sources column last), the datasets used and the data missing.
 */
public final class TextRenderer {

    /** Cells longer than this are cut in the terminal; the Markdown and JSON outputs keep them whole. */
    static final int MAX_CELL = 48;

    private TextRenderer() {}

    public static void render(Assessment a, PrintWriter out) {
        out.println("ENTENTE ASSESSMENT: " + a.title());
        out.println("Parties: " + Labels.parties(a));
        out.println("Period:  " + Labels.period(a) + (a.caseId() == null ? " (no case file: loaded data only)" : " (case " + a.caseId() + ")"));
        out.println("Verdict: " + Labels.rating(a) + ", score " + org.entente.assess.Numbers.format(a.verdict().score())
                + " (section 8)");
        for (String m : a.missingYears()) {
            out.println("Missing: " + m);
        }
        if (!a.assumptions().isEmpty()) {
            out.println("Assumed: " + String.join(", ", a.assumptions().stream().map(x -> x.key() + "=" + x.value()).toList()));
        }
        out.println("Method:  " + a.method());
        for (Section s : a.sections()) {
            out.println();
            out.println(s.number() + ". " + s.title().toUpperCase(java.util.Locale.ROOT) + "  [" + Labels.status(s.status()) + "]");
            if (!s.summary().isBlank()) {
                wrap(out, s.summary(), "   ");
            }
            for (Finding f : s.findings()) {
                String refs = Labels.refs(f.sources());
                wrap(out, "- " + f.label() + ": " + f.display() + (refs.isEmpty() ? "" : "  [" + refs + "]"), "   ");
                if (f.note() != null && !f.note().isBlank()) {
                    wrap(out, "  (" + f.note() + ")", "   ");
                }
            }
            for (Table t : s.tables()) {
                out.println();
                table(out, t);
            }
            for (DataUse u : s.uses()) {
                out.println("   uses: " + u.text());
            }
            for (DataGap g : s.gaps()) {
                wrap(out, g.text(), "   ");
            }
            for (String n : s.notes()) {
                wrap(out, "note: " + n, "   ");
            }
        }
        if (!a.assumptions().isEmpty()) {
            out.println();
            out.println("ASSUMPTIONS");
            for (AppliedAssumption x : a.assumptions()) {
                out.println("   " + x.key() + "=" + x.value() + ": " + x.effect());
            }
        }
        out.println();
        out.println("SOURCES");
        Labels.byWork(a.bibliography()).forEach((work, cs) -> {
            wrap(out, "- " + work, "   ");
            wrap(out, "  " + Labels.locators(cs), "   ");
        });
        out.flush();
    }

    static void table(PrintWriter out, Table t) {
        out.println("   " + t.title());
        List<String> cols = new ArrayList<>(t.columns());
        cols.add("sources");
        List<List<String>> rows = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                cells.add(cut(i < r.cells().size() ? r.cells().get(i) : ""));
            }
            cells.add(cut(Labels.refs(r.sources())));
            rows.add(cells);
        }
        int[] w = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            w[i] = cols.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        out.println("   " + line(cols, w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println("   " + rule);
        for (List<String> r : rows) {
            out.println("   " + line(r, w));
        }
        if (t.note() != null && !t.note().isBlank()) {
            wrap(out, "(" + t.note() + ")", "   ");
        }
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + w[i] + "s", cells.get(i)));
        }
        return b.toString().stripTrailing();
    }

    static String cut(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX_CELL ? t : t.substring(0, MAX_CELL - 1) + "…";
    }

    /** Word-wraps at 100 columns with {@code indent}. */
    static void wrap(PrintWriter out, String text, String indent) {
        int width = 100 - indent.length();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.println(indent + line);
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 0 && !line.toString().equals("  ")) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.println(indent + line);
        }
    }
}
