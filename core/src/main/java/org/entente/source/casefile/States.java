package org.entente.source.casefile;

import java.util.Optional;
import org.entente.model.Party;

/** Public access to the COW state list case files use: abbreviation, code or English name → {@link Party}. */
public final class States {

    private States() {}

    /** The state {@code text} names ({@code RUS}, {@code 365}, {@code Russia}), if any. */
    public static Optional<Party> find(String text) {
        return CowStates.shared().find(text);
    }
}
