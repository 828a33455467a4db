package org.entente.model;

import java.util.List;

/**
 * A demographic, economic, trust or other fact. {@code value}/{@code unit} when it is a number,
 * with {@code valueMax} the high end when the source gives a range ("7-10 million");
 * {@code year}..{@code toYear} the period it describes; {@code direction} (-1, 0, +1) says whether
 * it pulls the parties apart or together, as the analyst reads the source.
 */
public record CaseFact(String id, Category category, String party, String subject, Double value, Double valueMax,
        String unit, Integer year, Integer toYear, int direction, String statement, List<String> sources)
        implements Cited {

    public enum Category { DEMOGRAPHIC, ECONOMIC, TRUST, MILITARY, POLITICAL, BORDER, OTHER }

    /** The record as first published (no range, single year), kept for existing callers. */
    public CaseFact(String id, Category category, String party, String subject, Double value, String unit,
            Integer year, int direction, String statement, List<String> sources) {
        this(id, category, party, subject, value, null, unit, year, null, direction, statement, sources);
    }
}
