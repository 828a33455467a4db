package org.entente.assess.render;

import java.io.PrintWriter;

import org.entente.assess.Assessment;
import org.entente.assess.DataGap;
import org.entente.assess.DataUse;
import org.entente.assess.Finding;
import org.entente.assess.Numbers;
import org.entente.assess.Section;
import org.entente.assess.Table;

/**
 * A plain, self-contained HTML page of the assessment. Every text that comes from a case file or
 * the data is escaped. (The full report with charts is {@code org.entente.report}'s.)
 */
public final class HtmlRenderer {

    private HtmlRenderer() {}

    public static void render(Assessment a, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(a.title()) + "</title>");
        out.println("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
                + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top}"
                + ".src{color:#555;font-size:.85em}.status{font-size:.8em;color:#666}</style></head><body>");
        out.println("<h1>" + esc(a.title()) + "</h1>");
        out.println("<p>" + esc(Labels.parties(a)) + "; " + esc(Labels.period(a)) + "</p>");
        for (String m : a.missingYears()) {
            out.println("<p class=\"src\">Missing: " + esc(m) + "</p>");
        }
        out.println("<p><strong>Verdict: " + esc(Labels.rating(a)) + "</strong>, score " + esc(Numbers.format(a.verdict().score()))
                + "</p>");
        for (Section s : a.sections()) {
            out.println("<section id=\"" + esc(s.key()) + "\"><h2>" + s.number() + ". " + esc(s.title())
                    + " <span class=\"status\">(" + esc(Labels.status(s.status())) + ")</span></h2>");
            out.println("<p>" + esc(s.summary()) + "</p>");
            if (!s.findings().isEmpty()) {
                out.println("<ul>");
                for (Finding f : s.findings()) {
                    out.println("<li><strong>" + esc(f.label()) + ":</strong> " + esc(f.display())
                            + (f.note() == null ? "" : " <em>(" + esc(f.note()) + ")</em>")
                            + " <span class=\"src\">" + esc(Labels.refs(f.sources())) + "</span></li>");
                }
                out.println("</ul>");
            }
            for (Table t : s.tables()) {
                out.println("<table><caption>" + esc(t.title()) + "</caption><tr>");
                for (String c : t.columns()) {
                    out.print("<th>" + esc(c) + "</th>");
                }
                out.println("<th>sources</th></tr>");
                for (Table.Row r : t.rows()) {
                    out.print("<tr>");
                    for (String c : r.cells()) {
                        out.print("<td>" + esc(c) + "</td>");
                    }
                    out.println("<td class=\"src\">" + esc(Labels.refs(r.sources())) + "</td></tr>");
                }
                out.println("</table>");
                if (t.note() != null) {
                    out.println("<p class=\"src\">" + esc(t.note()) + "</p>");
                }
            }
            for (DataUse u : s.uses()) {
                out.println("<p class=\"src\">uses: " + esc(u.text()) + "</p>");
            }
            for (DataGap g : s.gaps()) {
                out.println("<p class=\"src\">" + esc(g.text()) + "</p>");
            }
            for (String n : s.notes()) {
                out.println("<p class=\"src\">note: " + esc(n) + "</p>");
            }
            out.println("</section>");
        }
        out.println("<h2>Sources</h2><ul>");
        Labels.byWork(a.bibliography()).forEach((work, cs) ->
                out.println("<li>" + esc(work) + "<br><span class=\"src\">" + esc(Labels.locators(cs)) + "</span></li>"));
        out.println("</ul></body></html>");
        out.flush();
    }

    /** Escapes the five HTML metacharacters. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
