package org.entente.model;

import java.util.List;

/**
 * The supplier's arms-export system: its agencies over time, the body supervising them, and the
 * lists (approved systems, eligible countries) and reforms the sources describe.
 */
public record ArmsExportSystem(String supplier, String supervisingBody, List<ExportAgency> agencies,
        List<ExportRule> rules, List<String> sources) implements Cited {

    /** A list, decree or reform of the export system ({@code kind}: approved-systems, eligible-countries, reform...). */
    public record ExportRule(String kind, Integer year, String description, List<String> sources) implements Cited {}
}
