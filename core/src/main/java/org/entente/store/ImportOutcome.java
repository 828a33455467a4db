package org.entente.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What one import did. {@code unchanged} means the same bytes were already loaded; {@code notes}
 * are the loader's remarks on how it read the file (rows merged or skipped, a version inferred).
 */
public record ImportOutcome(Path file, String kind, int datasetId, long rows, boolean unchanged,
        List<UnresolvedName> unresolved, List<String> notes) {

    public ImportOutcome(Path file, String kind, int datasetId, long rows, boolean unchanged,
            List<UnresolvedName> unresolved) {
        this(file, kind, datasetId, rows, unchanged, unresolved, List.of());
    }

    public record UnresolvedName(String role, String name, String reason, long occurrences) {}
}
