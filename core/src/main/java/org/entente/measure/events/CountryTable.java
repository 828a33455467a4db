package org.entente.measure.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.entente.source.CountryResolver;

/**
 * The country mapping as rows an engine can join on: {@code (scheme, name_key, ccode, kind)}, with
 * {@code name_key} normalised as {@link CountryResolver#normalise} does. Both engines get their rows
 * from the same {@link CountryResolver}, so the mapping files the importers use decide here too.
 */
public record CountryTable(List<Row> rows) implements java.io.Serializable {

    public record Row(String scheme, String nameKey, Integer ccode, String kind) implements java.io.Serializable {}

    public static CountryTable of(CountryResolver resolver) {
        List<Row> rows = new ArrayList<>();
        for (CountryResolver.Resolution r : resolver.entries()) {
            String kind = r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            rows.add(new Row(r.scheme(), CountryResolver.normalise(r.name()), r.isState() ? r.ccode() : null, kind));
        }
        rows.sort(Comparator.comparing(Row::scheme).thenComparing(Row::nameKey));
        return new CountryTable(List.copyOf(rows));
    }
}
