package org.entente.store.cow;

import java.util.List;

import org.entente.store.DatasetLoader;
import org.entente.store.LoaderSet;

/** The Correlates of War formats. */
public final class CowLoaders implements LoaderSet {

    @Override
    public List<DatasetLoader> loaders() {
        return List.of(new StateSpellLoader(), new StateYearLoader(), new MajorPowerLoader(), new CapabilityLoader(),
                new ContiguityLoader(), new CapitalLoader(), new TradeFlowLoader(), new AllianceMemberLoader(),
                new AllianceDyadLoader(), new AllianceDyadYearLoader());
    }

    @Override
    public int order() {
        return 10;
    }
}
