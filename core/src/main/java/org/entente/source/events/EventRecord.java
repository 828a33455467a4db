package org.entente.source.events;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One event as a reader parsed it, before country resolution. Fields a format does not have are
 * null. See {@code V005__events.sql} for what each column holds per format.
 */
public record EventRecord(
        long line,
        String eventId,
        LocalDate date,
        Actor source,
        Actor target,
        String cameoCode,
        String baseCode,
        String rootCode,
        Boolean isRootEvent,
        int quadClass,
        double goldstein,
        Integer numMentions,
        Integer numSources,
        Integer numArticles,
        Integer numEvents,
        Double avgTone,
        String eventText,
        String actionPlace,
        String actionCountry,
        Double actionLat,
        Double actionLon,
        LocalDateTime dateAdded,
        String sourceRef) {

    /**
     * One side of an event. {@code country} is as the file codes it (a CAMEO/ISO-3 code or an
     * ICEWS name), null when the file gives none. {@code countryInferred} marks a country taken
     * from the first three letters of a CAMEO actor code (the reduced format has no country
     * column), which may turn out to be an actor type rather than a country.
     */
    public record Actor(String code, String name, String country, boolean countryInferred, String sectors) {

        public static final Actor NONE = new Actor(null, null, null, false, null);
    }
}
