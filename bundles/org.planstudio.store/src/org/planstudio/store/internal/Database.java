package org.planstudio.store.internal;

import java.sql.Connection;

/**
 * How the store reaches its database. Embedded Derby today; the Derby Network Server (a team
 * sharing one database) will be a second implementation chosen from the {@code StoreConfig}.
 */
interface Database extends AutoCloseable {

    /** A connection with autocommit off, open until {@link #close()}. */
    Connection connection();

    /** Where the data lives, as users should see it in messages. */
    String location();

    @Override
    void close();
}
