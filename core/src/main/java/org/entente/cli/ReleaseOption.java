package org.entente.cli;

import java.time.LocalDate;

import org.entente.data.LoadedData;
import org.entente.store.Store;

import picocli.CommandLine.Option;

/** {@code --release-date}: which release of each dataset to read, by its generation date. */
final class ReleaseOption {

    @Option(names = "--release-date", paramLabel = "YYYY-MM-DD", description = "Read each dataset's newest release"
            + " generated on or before this date (default: the newest; releases that state no date always count).")
    LocalDate releaseDate;

    /** Applies the choice to the store's session; every read after it follows. */
    void apply(Store store) {
        if (releaseDate != null) {
            LoadedData.pickReleaseDate(store, releaseDate);
        }
    }
}
