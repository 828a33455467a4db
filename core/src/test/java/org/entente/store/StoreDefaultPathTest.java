package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The default store follows the user's environment: ENTENTE_DB, then XDG_DATA_HOME, then HOME. */
class StoreDefaultPathTest {

    @Test
    void enteneDbWinsOverEverything() {
        assertThat(Store.defaultPath(Map.of("ENTENTE_DB", "/data/x.duckdb", "XDG_DATA_HOME", "/xdg", "HOME", "/home/u")))
                .isEqualTo(Path.of("/data/x.duckdb"));
    }

    @Test
    void xdgDataHomeComesNext() {
        assertThat(Store.defaultPath(Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/u")))
                .isEqualTo(Path.of("/xdg/entente/entente.duckdb"));
    }

    @Test
    void homeIsTheEnvironmentsNotJavas() {
        assertThat(Store.defaultPath(Map.of("HOME", "/tmp/empty-home")))
                .isEqualTo(Path.of("/tmp/empty-home/.entente/entente.duckdb"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(Store.defaultPath(Map.of("XDG_DATA_HOME", "relative", "HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.entente/entente.duckdb"));
    }
}
