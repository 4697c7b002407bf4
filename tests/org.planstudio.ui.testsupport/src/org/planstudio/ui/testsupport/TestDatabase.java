package org.planstudio.ui.testsupport;

import java.nio.file.Path;

import org.planstudio.store.StoreConfig;

/**
 * The database folder the workbench under test uses. The build passes it as
 * {@code -Dplanstudio.db} (root pom, profile workbench-tests) inside Tycho's OSGi data folder, which
 * is deleted before every run; a test that finds it unset refuses to run rather than touch the
 * developer's own plans in {@code ~/.local/share/planstudio/db}.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Path folder() {
        String configured = System.getProperty(StoreConfig.DATABASE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("UI tests need -D" + StoreConfig.DATABASE_PROPERTY
                    + " pointing at a throw-away folder (see the workbench-tests profile of the root pom)");
        }
        Path folder = StoreConfig.defaults().databaseFolder();
        Path userData = Path.of(System.getProperty("user.home"), ".local", "share", "planstudio").toAbsolutePath();
        if (folder.startsWith(userData)) {
            throw new IllegalStateException("UI tests must not use the user's database " + folder);
        }
        return folder;
    }
}
