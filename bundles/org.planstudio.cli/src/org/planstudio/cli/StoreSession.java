package org.planstudio.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/** Opens the database only when a command needs it (a report from a .plan file never does). */
final class StoreSession implements AutoCloseable {

    private final Supplier<StoreConfig> config;
    private final CliTexts texts;
    private PlanStore store;

    StoreSession(Supplier<StoreConfig> config, CliTexts texts) {
        this.config = Objects.requireNonNull(config, "config");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    PlanStore store() throws CliException {
        if (store == null) {
            StoreConfig wanted;
            try {
                wanted = config.get();
            } catch (DatabaseOption.MissingPassword e) {
                throw new CliException(ExitCode.DATABASE_UNAVAILABLE, e.getMessage(), e);
            }
            try {
                store = PlanStore.open(wanted);
            } catch (StoreException e) {
                throw new CliException(ExitCode.DATABASE_UNAVAILABLE,
                        texts.get("error.database", wanted.location(), e.message(texts.locale())), e);
            }
        }
        return store;
    }

    Optional<PlanStore> opened() {
        return Optional.ofNullable(store);
    }

    @Override
    public void close() {
        if (store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                // Nothing was written that a failed shutdown could lose; the result stands.
            }
        }
    }
}
