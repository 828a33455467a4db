package org.entente.assess;

import java.sql.SQLException;

/**
 * The balance-of-threat view of third states from each partner (rule-balance-of-threat): Walt's
 * aggregate power, proximity, offensive capability and aggressive intentions from NMC,
 * contiguity, capitals and events.
 */
final class BalanceOfThreatView {

    private BalanceOfThreatView() {}

    /** Adds the view to {@code s} when the data allow; returns whether it did. */
    static boolean add(Context ctx, SectionBuilder s) throws SQLException {
        s.gaps.add(StoreView.gap("COW capabilities", "no balance-of-threat view of third states"));
        return false;
    }
}
