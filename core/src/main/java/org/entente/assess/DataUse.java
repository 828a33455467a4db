package org.entente.assess;

/**
 * A loaded dataset a section used, shown as "uses: SIPRI register 2025-03-13 (dataset 3)". The
 * renderers print {@link #text()}; the report adds {@code citation} to the bibliography.
 */
public record DataUse(int datasetId, String kind, String fileName, String version, String generated,
        String citation) {

    public String text() {
        String what = DatasetNames.describe(kind);
        String when = generated != null && !generated.isBlank() ? " " + generated
                : version != null && !version.isBlank() ? " " + version : "";
        return what + when + " (dataset " + datasetId + ", " + fileName + ")";
    }
}
