package org.entente.measure.survival;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How {@code entente alliances survival --by} splits the spells; a spell with no group is left out. */
public enum Grouping {
    ALL("all", "all alliances", s -> "all", List.of("all")),
    TYPE("type", "strongest obligation (defense > offense > neutrality > non-aggression > consultation)",
            AllianceSpell::type, List.of("defense", "offense", "neutrality", "non-aggression", "consultation only", "none")),
    BILATERAL("bilateral", "two members or more", s -> s.bilateral() ? "bilateral" : "multilateral",
            List.of("bilateral", "multilateral")),
    MAJOR("major", "a COW major power among the members at the start",
            s -> s.majorPower() == null ? null : s.majorPower() ? "with a major power" : "without a major power",
            List.of("with a major power", "without a major power")),
    ARMS("arms", "arms transfers between members in the 5 years before the start (SIPRI; alliances from 1955)",
            s -> s.armsShare() == null ? null : s.armsShare() > 0 ? "arms transfers" : "no arms transfers",
            List.of("arms transfers", "no arms transfers"));

    private final String key;
    private final String description;
    private final Function<AllianceSpell, String> group;
    private final List<String> order;

    Grouping(String key, String description, Function<AllianceSpell, String> group, List<String> order) {
        this.key = key;
        this.description = description;
        this.group = group;
        this.order = order;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public String groupOf(AllianceSpell s) {
        return group.apply(s);
    }

    /** The groups in the order tables print them. */
    public List<String> order() {
        return order;
    }

    public static Grouping parse(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.key.equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown grouping '" + key + "'; known: "
                        + Arrays.stream(values()).map(Grouping::key).collect(Collectors.joining(", "))));
    }
}
