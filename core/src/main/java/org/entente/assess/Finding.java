package org.entente.assess;

import java.util.List;

/**
 * One result of a section: a number with its unit ({@code value}, {@code unit}) or a qualitative
 * result ({@code text}, e.g. "entente"), the rule that produced it, and where its inputs came from.
 * {@code note} carries caveats such as "TIV is a volume index, compared as shares".
 */
public record Finding(String key, String label, Double value, String unit, String text, String rule,
        List<SourceRef> sources, String note) {

    public Finding {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Finding number(String key, String label, double value, String unit, String rule,
            List<SourceRef> sources) {
        return new Finding(key, label, value, unit, null, rule, sources, null);
    }

    public static Finding text(String key, String label, String text, String rule, List<SourceRef> sources) {
        return new Finding(key, label, null, null, text, rule, sources, null);
    }

    public Finding withNote(String newNote) {
        return new Finding(key, label, value, unit, text, rule, sources, newNote);
    }

    /** The value as a reader sees it: the text, or the number rounded sensibly with its unit. */
    public String display() {
        if (value == null) {
            return text == null ? "" : text;
        }
        String n = Numbers.format(value);
        String shown = unit == null || unit.isBlank() ? n : "%".equals(unit) ? n + "%" : n + " " + unit;
        return text == null ? shown : shown + " (" + text + ")";
    }
}
