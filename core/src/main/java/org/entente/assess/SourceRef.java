package org.entente.assess;

import java.util.List;

/**
 * Where a number or statement in an {@link Assessment} comes from.
 *
 * <ul>
 *   <li>{@code DATASET}: rows of a store table. {@code id} is the {@code dataset.id}, {@code citation}
 *       the dataset's citation, {@code table} the store table, {@code selection} the rows in words
 *       ("supplier_ccode = 365, recipient_ccode = 710, years 1995-1999"), {@code rowCount} how many rows,
 *       {@code rows} their keys (e.g. {@code "line 18233"}) when there are few enough to list.</li>
 *   <li>{@code CASE}: a source of the case file. {@code id} is the case source id, {@code citation}
 *       the seed paper or memo, {@code locator} its note or section ("note 35").</li>
 *   <li>{@code ASSUMPTION}: a {@code --assume KEY=VALUE} override; {@code id} is the key,
 *       {@code locator} the value.</li>
 *   <li>{@code METHOD}: a rule of docs/assessment-method.md; {@code id} is the rule's anchor
 *       ("rule-alliance-type") and {@code citation} the literature it follows.</li>
 * </ul>
 */
public record SourceRef(Kind kind, String id, String citation, String locator, String table, String selection,
        Long rowCount, List<String> rows) {

    /** The kinds of origin a figure can have. */
    public enum Kind { DATASET, CASE, ASSUMPTION, METHOD }

    /** The most row keys a reference lists; beyond that it gives the selection and the count. */
    public static final int MAX_ROWS_LISTED = 12;

    public SourceRef {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Rows of a store table; keeps at most {@link #MAX_ROWS_LISTED} row keys. */
    public static SourceRef dataset(int datasetId, String citation, String table, String selection,
            long rowCount, List<String> rowKeys) {
        List<String> keys = rowKeys == null ? List.of()
                : rowKeys.size() <= MAX_ROWS_LISTED ? rowKeys : List.of();
        return new SourceRef(Kind.DATASET, Integer.toString(datasetId), citation, null, table, selection,
                rowCount, keys);
    }

    /** A source of the case file: a seed paper's note, a memo's section, a dataset named by the analyst. */
    public static SourceRef caseSource(String sourceId, String citation, String locator) {
        return new SourceRef(Kind.CASE, sourceId, citation, locator, null, null, null, List.of());
    }

    public static SourceRef assumption(String key, String value) {
        return new SourceRef(Kind.ASSUMPTION, key, "--assume " + key + "=" + value, value, null, null, null,
                List.of());
    }

    public static SourceRef method(String ruleAnchor, String literature) {
        return new SourceRef(Kind.METHOD, ruleAnchor, literature, null, null, null, null, List.of());
    }

    /**
     * A short label for terminal and Markdown output: "dataset 3 arms_deal line 18233", "case paper-n35"
     * (the bibliography gives each case source id its citation and locator).
     */
    public String label() {
        return switch (kind) {
            case DATASET -> {
                StringBuilder b = new StringBuilder("dataset ").append(id).append(' ').append(table);
                if (!rows.isEmpty()) {
                    b.append(' ').append(String.join(", ", rows));
                } else {
                    if (selection != null && !selection.isBlank()) {
                        b.append(" [").append(selection).append(']');
                    }
                    if (rowCount != null) {
                        b.append(", ").append(rowCount).append(rowCount == 1 ? " row" : " rows");
                    }
                }
                yield b.toString();
            }
            case CASE -> "case " + id;
            case ASSUMPTION -> "assumed " + id + "=" + locator;
            case METHOD -> "method " + id;
        };
    }
}
