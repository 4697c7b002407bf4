package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.store.AuditAction;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.internal.Schema;

class SchemaTest {

    @TempDir
    Path temp;

    @Test
    void newDatabaseIsAtTheLatestVersionAndReopeningMigratesNothing() throws Exception {
        Path folder = temp.resolve("db");
        int migrations;
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            migrations = store.auditLog(100).size();
            assertEquals(Schema.migrationCount(), migrations, "one SCHEMA_MIGRATED entry per migration");
            assertTrue(store.auditLog(100).stream().allMatch(e -> e.action() == AuditAction.SCHEMA_MIGRATED));
        }
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            assertEquals(migrations, store.auditLog(100).size(), "reopening must not migrate again");
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(Schema.latestVersion(), Schema.currentVersion(db.connection()));
            assertEquals(migrations, db.count("SCHEMA_VERSION"), "one audit entry per migration applied");
        }
    }

    @Test
    void newerSchemaIsRefusedAndTheDatabaseIsNotTouched() throws Exception {
        Path folder = temp.resolve("db");
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(TestPlans.rich("plan-s"), 0, "张三", "");
        }
        int newer = Schema.latestVersion() + 1;
        List<List<Object>> before;
        try (DirectDerby db = new DirectDerby(folder)) {
            // What a future Plan Studio would leave behind: a higher version and a table we do not know.
            db.execute("INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT)"
                    + " VALUES (" + newer + ", 'from the future', CURRENT_TIMESTAMP)");
            db.execute("CREATE TABLE FUTURE_THING (X INT)");
            before = snapshot(db);
        }

        StoreException error = assertThrows(StoreException.class,
                () -> PlanStore.open(TestStores.config(folder)).close());
        assertEquals(Reason.NEWER_SCHEMA, error.reason());
        assertTrue(error.getMessage().contains(TestStores.location(folder)), error.getMessage());
        assertTrue(error.getMessage().contains(Integer.toString(newer)), error.getMessage());
        assertTrue(error.message(Locale.CHINESE).contains("更新版本"), error.message(Locale.CHINESE));

        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(before, snapshot(db));
        }
    }

    private static List<List<Object>> snapshot(DirectDerby db) throws Exception {
        return List.of(
                db.rows("SELECT VERSION, DESCRIPTION FROM SCHEMA_VERSION ORDER BY VERSION").stream()
                        .map(r -> (Object) r).toList(),
                db.rows("SELECT ENTRY_ID, ACTION, ACTOR FROM AUDIT_LOG ORDER BY ENTRY_ID").stream()
                        .map(r -> (Object) r).toList(),
                db.rows("SELECT PLAN_ID, LATEST_REVISION, UPDATED_AT FROM PLAN").stream().map(r -> (Object) r).toList(),
                db.rows(TestStores.postgresql()
                        ? "SELECT UPPER(table_name) FROM information_schema.tables WHERE table_schema = current_schema()"
                                + " AND table_type = 'BASE TABLE' ORDER BY 1"
                        : "SELECT TABLENAME FROM SYS.SYSTABLES WHERE TABLETYPE = 'T' ORDER BY TABLENAME").stream()
                        .map(r -> (Object) r).toList());
    }

    @Test
    @Tag(TestStores.EMBEDDED_ONLY)
    void folderThatIsNotADatabaseIsReported() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("not-a-db"));
        Files.writeString(folder.resolve("notes.txt"), "my files");
        StoreException error = assertThrows(StoreException.class,
                () -> PlanStore.open(TestStores.config(folder)).close());
        assertEquals(Reason.IO, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains(folder.toString()), error.getMessage());
        assertEquals("my files", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    @Tag(TestStores.EMBEDDED_ONLY)
    void emptyExistingFolderBecomesADatabase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            assertEquals(List.of(), store.listPlans());
        }
    }
}
