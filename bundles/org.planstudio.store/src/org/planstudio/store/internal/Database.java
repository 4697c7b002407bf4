package org.planstudio.store.internal;

import java.sql.Connection;

import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/** How the store reaches its database: embedded Derby in a folder, or a PostgreSQL server. */
interface Database extends AutoCloseable {

    static Database open(StoreConfig config) throws StoreException {
        return switch (config.engine()) {
        case DERBY -> EmbeddedDerby.open(config.databaseFolder());
        case POSTGRESQL -> PostgresDatabase.open(config);
        };
    }

    /** A connection with autocommit off, open until {@link #close()}. */
    Connection connection();

    /** Where the data lives, as users should see it in messages. */
    String location();

    @Override
    void close();
}
