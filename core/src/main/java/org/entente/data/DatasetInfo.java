package org.entente.data;

/** One imported file as the {@code dataset} table records it: what a column's figures come from. */
public record DatasetInfo(int id, String kind, String fileName, String version, String generated, String citation) {

    /** "file (kind, version v, generated g)" for the data dictionary. */
    public String label() {
        StringBuilder b = new StringBuilder(fileName).append(" (").append(kind);
        if (version != null && !version.isBlank()) {
            b.append(", version ").append(version);
        }
        if (generated != null && !generated.isBlank()) {
            b.append(", generated ").append(generated);
        }
        return b.append(", dataset ").append(id).append(')').toString();
    }
}
