package org.entente.store.events;

import java.util.List;

import org.entente.store.DatasetLoader;
import org.entente.store.LoaderSet;

/** The CAMEO code tables and the GDELT and ICEWS event formats. */
public final class EventLoaders implements LoaderSet {

    @Override
    public List<DatasetLoader> loaders() {
        return List.of(CameoCodeLoader.LABELS, CameoCodeLoader.GOLDSTEIN, CameoActorCodeLoader.TYPES,
                CameoActorCodeLoader.KNOWN_GROUPS, EventLoader.GDELT_EXPORT, EventLoader.GDELT_HEADER,
                EventLoader.GDELT_REDUCED, EventLoader.ICEWS);
    }

    @Override
    public int order() {
        return 30;
    }
}
