package org.entente.model;

import java.util.List;

/**
 * A summit, visit or joint statement and how the sides characterised the relationship there
 * ("constructive partnership", "strategic partnership"...). {@code level} is optional: when the
 * analyst leaves it out, the rhetoric barometer scores the characterisation by its documented rules.
 * {@code quotes} holds the other short phrases the sources quote from the same occasion.
 */
public record Summit(String id, PartialDate date, String place, List<String> leaders, String kind,
        String characterisation, List<String> quotes, Integer level, String note, List<String> sources)
        implements Cited {

    /** The record as first published (no further quotes), kept for existing callers. */
    public Summit(String id, PartialDate date, String place, List<String> leaders, String kind,
            String characterisation, Integer level, String note, List<String> sources) {
        this(id, date, place, leaders, kind, characterisation, List.of(), level, note, sources);
    }
}
