package org.planstudio.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link PlanStore} keeps its data.
 *
 * <p>Today only an embedded database folder. A shared Derby Network Server will be a second
 * factory method here (URL and credentials); the store picks its connection strategy from the
 * config, so callers will not change.
 */
public final class StoreConfig {

    /** System property that overrides the default database folder. */
    public static final String DATABASE_PROPERTY = "planstudio.db";

    private final Path databaseFolder;

    private StoreConfig(Path databaseFolder) {
        this.databaseFolder = databaseFolder.toAbsolutePath().normalize();
    }

    public static StoreConfig embedded(Path databaseFolder) {
        return new StoreConfig(Objects.requireNonNull(databaseFolder, "databaseFolder"));
    }

    /**
     * {@code -Dplanstudio.db=...} if set, else {@code $XDG_DATA_HOME/planstudio/db}, else
     * {@code ~/.local/share/planstudio/db}.
     */
    public static StoreConfig defaults() {
        return embedded(defaultFolder(System.getenv(), System.getProperty(DATABASE_PROPERTY),
                System.getProperty("user.home")));
    }

    static Path defaultFolder(Map<String, String> env, String override, String userHome) {
        Optional<String> explicit = nonBlank(override);
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        Path dataHome = nonBlank(env.get("XDG_DATA_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(Objects.requireNonNull(userHome, "user.home"), ".local", "share"));
        return dataHome.resolve("planstudio").resolve("db");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public Path databaseFolder() {
        return databaseFolder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreConfig config && config.databaseFolder.equals(databaseFolder);
    }

    @Override
    public int hashCode() {
        return databaseFolder.hashCode();
    }

    @Override
    public String toString() {
        return "StoreConfig[embedded " + databaseFolder + "]";
    }
}
