package org.planstudio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** In the host's package: {@code defaultFolder} is package-private so that it can be tested without touching the environment. */
class StoreConfigTest {

    @Test
    void systemPropertyWins() {
        assertEquals(Path.of("/data/plans"),
                StoreConfig.defaultFolder(Map.of("XDG_DATA_HOME", "/xdg"), "/data/plans", "/home/u"));
    }

    @Test
    void xdgDataHomeNext() {
        assertEquals(Path.of("/xdg/planstudio/db"), StoreConfig.defaultFolder(Map.of("XDG_DATA_HOME", "/xdg"), null, "/home/u"));
        assertEquals(Path.of("/xdg/planstudio/db"), StoreConfig.defaultFolder(Map.of("XDG_DATA_HOME", "/xdg"), " ", "/home/u"));
    }

    @Test
    void homeLastly() {
        assertEquals(Path.of("/home/u/.local/share/planstudio/db"), StoreConfig.defaultFolder(Map.of(), null, "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/planstudio/db"),
                StoreConfig.defaultFolder(Map.of("XDG_DATA_HOME", ""), "", "/home/u"));
    }

    @Test
    void foldersAreAbsolute() {
        assertTrue(StoreConfig.embedded(Path.of("relative")).databaseFolder().isAbsolute());
        assertTrue(StoreConfig.defaults().databaseFolder().isAbsolute());
    }
}
