package org.entente.store;

import java.nio.file.Path;
import java.util.List;

/** What one import did. {@code unchanged} means the same bytes were already loaded. */
public record ImportOutcome(Path file, String kind, int datasetId, long rows, boolean unchanged,
        List<UnresolvedName> unresolved) {

    public record UnresolvedName(String role, String name, String reason, long occurrences) {}
}
