package org.planstudio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void hostDatabaseAndDefaultPort() {
        ServerAddress address = ServerAddress.parse("postgresql://db.office.gov.cn/plans");
        assertEquals("db.office.gov.cn", address.host());
        assertEquals(5432, address.port());
        assertEquals("plans", address.database());
        assertEquals("jdbc:postgresql://db.office.gov.cn:5432/plans", address.jdbcUrl());
        assertEquals("postgresql://db.office.gov.cn/plans", address.toString());
    }

    @Test
    void portAndTlsOptionsPassThrough() {
        ServerAddress address = ServerAddress
                .parse("postgresql://10.1.2.3:55432/plans?sslmode=verify-full&sslrootcert=/etc/office/ca%20root.crt");
        assertEquals(55432, address.port());
        assertEquals(Map.of("sslmode", "verify-full", "sslrootcert", "/etc/office/ca root.crt"), address.options());
    }

    @Test
    void whatIsNotAServerAddressIsRefusedWithTheReason() {
        assertFalse(ServerAddress.isServer("/home/me/db"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://host/"))
                .getMessage().contains("no database name"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://host/db?sslmod=require")).getMessage().contains("sslmod"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://me:secret@host/db")).getMessage().contains("--user"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("mysql://host/db"));
    }

    @Test
    void serverConfigNeverShowsItsPasswordAndHasNoFolder() {
        StoreConfig config = StoreConfig.postgresql(ServerAddress.parse("postgresql://host/plans"), "lihua", "s3cret!");
        assertEquals(StoreConfig.Engine.POSTGRESQL, config.engine());
        assertEquals("lihua@postgresql://host/plans", config.location());
        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertEquals(config, StoreConfig.postgresql(ServerAddress.parse("postgresql://host/plans"), "lihua", "other"));
        assertThrows(IllegalStateException.class, config::databaseFolder);
        assertThrows(IllegalArgumentException.class, () -> config.withSchema("Robert'); DROP TABLE plan;--"));
        assertEquals("lihua@postgresql://host/plans (schema t_1)", config.withSchema("t_1").location());
        assertThrows(IllegalStateException.class, () -> StoreConfig.embedded(Path.of("db")).withSchema("x"));
    }
}
