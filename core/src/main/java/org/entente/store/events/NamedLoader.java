package org.entente.store.events;

import org.entente.store.DatasetLoader;

/** The kind and description of a loader that comes in several variants, each a constant of its class. */
abstract class NamedLoader implements DatasetLoader {

    private final String kind;
    private final String description;

    NamedLoader(String kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final String description() {
        return description;
    }
}
