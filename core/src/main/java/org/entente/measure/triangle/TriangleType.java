package org.entente.measure.triangle;

/** Dittmer's (1981) four forms of a strategic triangle, by how many of its three pairs are in amity. */
public enum TriangleType {
    MENAGE_A_TROIS("ménage à trois", "all three pairs in amity"),
    ROMANTIC("romantic triangle", "a pivot in amity with two wings who are at odds"),
    STABLE_MARRIAGE("stable marriage", "one pair in amity, both at odds with the third state"),
    UNIT_VETO("unit veto", "all three pairs at odds");

    public final String label;
    public final String meaning;

    TriangleType(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    static TriangleType ofAmities(int amities) {
        return switch (amities) {
            case 3 -> MENAGE_A_TROIS;
            case 2 -> ROMANTIC;
            case 1 -> STABLE_MARRIAGE;
            case 0 -> UNIT_VETO;
            default -> throw new IllegalArgumentException("a triangle has three pairs, not " + amities + " amities");
        };
    }
}
