package org.entente.assess;

import java.util.Locale;
import org.entente.model.Party;


/**
 * Matches the way case files name a state (COW abbreviation, name, or code as text) against a
 * {@link Party}. Case files are written by hand, so the comparison ignores case and spacing.
 */
final class PartyRef {

    private PartyRef() {}

    static boolean is(String ref, Party p) {
        if (ref == null || p == null) {
            return false;
        }
        String r = ref.strip().toLowerCase(Locale.ROOT);
        return r.equals(p.abbrev().toLowerCase(Locale.ROOT))
                || (p.name() != null && r.equals(p.name().toLowerCase(Locale.ROOT)))
                || r.equals(Integer.toString(p.ccode()));
    }
}
