package org.entente.source.rawevents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout of one raw event file: which dataset wrote it, how many columns it has, how fields are
 * separated and quoted, and which strings mean "missing". Layouts are described in
 * {@code shared/data/README.md}; GDELT's own code book is the authority for the column order.
 *
 * <ul>
 *   <li>GDELT 2.0 export: 61 tab-separated columns, no header.</li>
 *   <li>GDELT 1.0 daily file: 58 columns (57 before April 2013, without SOURCEURL), no header.</li>
 *   <li>GDELT as re-saved by research projects: comma-separated, quoted, a header, {@code NA} for blanks.</li>
 *   <li>ICEWS (Dataverse {@code .tab}): 20 tab-separated columns with a header, {@code NA} for blanks.</li>
 * </ul>
 */
public record RawEventLayout(Family family, int columns, boolean header, char delimiter, boolean quoted,
        List<String> nullStrings) implements java.io.Serializable {

    public enum Family { GDELT, ICEWS }

    /** The ICEWS header, as the Dataverse files write it. */
    public static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name",
            "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
            "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
            "Province", "Country", "Latitude", "Longitude");

    // Field positions. The first 35 GDELT columns are the same in 1.0 and 2.0.
    static final int G_ID = 0, G_DATE = 1, G_ACTOR1_COUNTRY = 7, G_ACTOR2_COUNTRY = 17, G_IS_ROOT = 25,
            G_QUAD = 29, G_GOLDSTEIN = 30, G_MENTIONS = 31, G_TONE = 34;
    static final int I_ID = 0, I_DATE = 1, I_SOURCE_COUNTRY = 4, I_CAMEO = 6, I_INTENSITY = 7, I_TARGET_COUNTRY = 10;

    public static RawEventLayout gdeltTab(int columns) {
        return new RawEventLayout(Family.GDELT, columns, false, '\t', false, List.of(""));
    }

    public static RawEventLayout gdeltCsv(int columns) {
        return new RawEventLayout(Family.GDELT, columns, true, ',', true, List.of("NA", ""));
    }

    public static RawEventLayout icews() {
        return new RawEventLayout(Family.ICEWS, ICEWS_COLUMNS.size(), true, '\t', false, List.of("NA", ""));
    }

    /** {@code gdelt1}, {@code gdelt2} or {@code icews}: the values of {@code event.origin} in the store. */
    public String origin() {
        if (family == Family.ICEWS) {
            return "icews";
        }
        return columns == 61 ? "gdelt2" : "gdelt1";
    }

    /** The {@link org.entente.source.CountryResolver} scheme of the actor country fields. */
    public String countryScheme() {
        return family == Family.ICEWS ? "name" : "cameo";
    }

    /** A short name for messages and for grouping files that one reader can read together. */
    public String describe() {
        if (family == Family.ICEWS) {
            return "ICEWS .tab";
        }
        return (columns == 61 ? "GDELT 2.0" : "GDELT 1.0") + " (" + columns + " columns, "
                + (header ? "comma-separated with header" : "tab-separated") + ")";
    }

    public List<String> columnNames() {
        if (family == Family.ICEWS) {
            return ICEWS_COLUMNS;
        }
        return gdeltColumns(columns);
    }

    static List<String> gdeltColumns(int n) {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                if (n != 61 && f.equals("ADM2Code")) {
                    continue; // GDELT 1.0 has no ADM2 codes
                }
                c.add(geo + "_" + f);
            }
        }
        c.add("DATEADDED");
        if (n != 57) {
            c.add("SOURCEURL");
        }
        return List.copyOf(c);
    }

    /**
     * Recognises a layout from a file's first line, or returns null. Content decides, not the file
     * name, because GDELT names its files {@code .CSV} although they are tab-separated.
     */
    public static RawEventLayout detect(String firstLine) {
        if (firstLine == null) {
            return null;
        }
        String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        if (line.startsWith("Event ID\tEvent Date\t")) {
            return icews();
        }
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("\"GLOBALEVENTID\",") || upper.startsWith("GLOBALEVENTID,")) {
            int n = line.split(",", -1).length;
            return n == 57 || n == 58 || n == 61 ? gdeltCsv(n) : null;
        }
        int n = line.split("\t", -1).length;
        if ((n == 57 || n == 58 || n == 61) && !line.isEmpty() && Character.isDigit(line.charAt(0))) {
            return gdeltTab(n);
        }
        return null;
    }
}
