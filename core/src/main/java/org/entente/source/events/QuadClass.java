package org.entente.source.events;

/**
 * The four CAMEO quad classes, for sources that give a CAMEO code but no class (ICEWS).
 *
 * <p>The rule is the one GDELT applies: roots 01-05 verbal cooperation, 06-09 material
 * cooperation, 10-14 verbal conflict, 15-20 material conflict. It was read off the data, not
 * assumed: every one of the 20,907 events in the shared GDELT 1.0 Georgia samples and the 999 rows
 * of the 1979 reduced sample has exactly this QuadClass for its root (see QuadClassTest). A rule
 * also in circulation (01-05, 06-08, 09-13, 14-20) differs at two roots: it would make 09
 * "investigate" verbal conflict and 14 "protest" material conflict, where GDELT has material
 * cooperation and verbal conflict. Using GDELT's keeps ICEWS and GDELT events comparable in one
 * store.
 */
public final class QuadClass {

    public static final int VERBAL_COOPERATION = 1;
    public static final int MATERIAL_COOPERATION = 2;
    public static final int VERBAL_CONFLICT = 3;
    public static final int MATERIAL_CONFLICT = 4;

    private QuadClass() {}

    /** The class of a two-digit CAMEO root code, 1 to 20. */
    public static int ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root codes run from 1 to 20: " + root);
        }
        if (root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root <= 9) {
            return MATERIAL_COOPERATION;
        }
        if (root <= 14) {
            return VERBAL_CONFLICT;
        }
        return MATERIAL_CONFLICT;
    }

    /** The class of a CAMEO event code such as {@code 0311} (its first two digits are the root). */
    public static int ofCode(String cameoCode) {
        return ofRoot(Integer.parseInt(cameoCode.substring(0, 2)));
    }
}
