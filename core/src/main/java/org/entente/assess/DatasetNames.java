package org.entente.assess;

import java.util.Map;

/** Reader-facing names for the dataset kinds the importers record in {@code dataset.kind}. */
final class DatasetNames {

    private DatasetNames() {}

    private static final Map<String, String> PREFIXES = Map.of(
            "sipri", "SIPRI",
            "atop", "ATOP",
            "cow", "COW",
            "gdelt", "GDELT",
            "icews", "ICEWS",
            "cameo", "CAMEO");

    static String describe(String kind) {
        if (kind == null) {
            return "dataset";
        }
        int dash = kind.indexOf('-');
        String head = dash < 0 ? kind : kind.substring(0, dash);
        String tail = dash < 0 ? "" : kind.substring(dash + 1).replace('-', ' ');
        String name = PREFIXES.getOrDefault(head, head);
        return tail.isEmpty() ? name : name + " " + tail;
    }
}
