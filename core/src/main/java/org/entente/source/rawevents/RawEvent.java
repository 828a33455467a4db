package org.entente.source.rawevents;

/**
 * One well-formed raw event, reduced to what the dyad-period aggregation needs. Goldstein and tone
 * are exact integers (thousandths and millionths) so that every engine sums them without rounding
 * and so produces the same figures whatever order it adds them in.
 *
 * @param origin        {@code gdelt1}, {@code gdelt2} or {@code icews}
 * @param scheme        country scheme of the actor codes ({@code cameo} or {@code name})
 * @param id            GLOBALEVENTID or ICEWS Event ID
 * @param mentions      NumMentions; null for ICEWS, which does not count mentions
 * @param toneMicro     AvgTone in millionths; null where the source has no tone
 * @param sourceCountry Actor1CountryCode or ICEWS Source Country as written; null if blank
 */
public record RawEvent(String origin, String scheme, long id, int year, int month, boolean isRoot, int quadClass,
        long goldsteinMilli, Long mentions, Long toneMicro, String sourceCountry, String targetCountry)
        implements java.io.Serializable {}
