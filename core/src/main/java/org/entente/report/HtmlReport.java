package org.entente.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.assess.Numbers;
import org.entente.assess.Section;
import org.entente.assess.Verdict;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * Renders a {@link ReportDocument} as one self-contained XHTML page: styles inline, charts inline
 * as SVG, nothing to fetch. Pebble escapes every value from the case or the data (autoescape is on
 * and cannot be turned off here); the only raw inserts are the SVG charts, whose text JFreeSVG
 * escapes, and the font CSS. The output is well-formed XML so that the PDF renderer can read it.
 */
public final class HtmlReport {

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader())
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .newLineTrimming(false)
            .extension(new ReportFunctions())
            .build();

    private HtmlReport() {}

    /** The page for a browser: {@code fontCss} embeds the font subset (empty for none). */
    public static String render(ReportDocument doc, String fontCss) {
        PebbleTemplate template = ENGINE.getTemplate("org/entente/report/report.peb");
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("doc", doc);
        ctx.put("a", doc.assessment());
        ctx.put("fontCss", fontCss == null ? "" : fontCss);
        ctx.put("verdictLabel", label(doc.assessment().verdict()));
        ctx.put("baselineLabel", label(doc.assessment().baselineVerdict()));
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, ctx, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String label(Verdict v) {
        if (v == null) {
            return "no verdict";
        }
        return v.rating().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String statusLabel(Section.Status s) {
        return switch (s) {
            case COMPUTED -> "computed";
            case NO_CASE_EVIDENCE -> "no case evidence";
            case NO_DATA -> "no data loaded";
        };
    }

    /** {@code number(x)}: the assessment's own number format; {@code statusLabel(s)}: a section status in words. */
    private static final class ReportFunctions extends AbstractExtension {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("number", new Function() {
                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext c, int line) {
                    Object v = args.get("0");
                    return v instanceof Number n ? Numbers.format(n.doubleValue()) : "";
                }

                @Override
                public List<String> getArgumentNames() {
                    return null;
                }
            }, "statusLabel", new Function() {
                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext c, int line) {
                    return args.get("0") instanceof Section.Status s ? statusLabel(s) : "";
                }

                @Override
                public List<String> getArgumentNames() {
                    return null;
                }
            });
        }
    }
}
