package org.entente.source.casefile;

import java.util.List;

/**
 * A demographic, economic, trust or other fact. {@code value}/{@code unit} when it is a number;
 * {@code direction} (-1, 0, +1) says whether it pulls the parties apart or together, as the
 * analyst reads the source.
 */
public record CaseFact(String id, Category category, String party, String subject, Double value, String unit,
        Integer year, int direction, String statement, List<String> sources) implements Cited {

    public enum Category { DEMOGRAPHIC, ECONOMIC, TRUST, MILITARY, POLITICAL, BORDER, OTHER }
}
