package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planstudio.model.io.PlanResources;
import org.planstudio.store.AuditEntry;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

class CorruptImportTest {

    @TempDir
    Path temp;

    private byte[] corrupt(String kind) throws Exception {
        byte[] good = PlanResources.toBytes(TestPlans.rich("plan-imp"));
        return switch (kind) {
            case "truncated" -> Arrays.copyOf(good, good.length / 2);
            case "wrong-root" -> ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmi:version=\"2.0\""
                    + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\""
                    + " name=\"notaplan\"/>\n").getBytes(StandardCharsets.UTF_8);
            case "other-xml" -> "<html><body>not a plan</body></html>".getBytes(StandardCharsets.UTF_8);
            case "random" -> {
                byte[] noise = new byte[4096];
                new Random(42).nextBytes(noise);
                yield noise;
            }
            case "empty" -> new byte[0];
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private record State(List<PlanInfo> plans, List<RevisionInfo> revisions, List<AuditEntry> audit) {
    }

    private static State state(PlanStore store) throws StoreException {
        return new State(store.listPlans(), store.revisions("plan-imp"), store.auditLog(1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "wrong-root", "other-xml", "random", "empty"})
    void corruptFileIsRefusedAndNothingChanges(String kind) throws Exception {
        Path file = temp.resolve("规划 " + kind + ".plan");
        Files.write(file, corrupt(kind));
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich("plan-imp"), 0, "张三", "");
            State before = state(store);

            StoreException error = assertThrows(StoreException.class, () -> store.importPlan(file, "李四", ""));
            assertEquals(Reason.CORRUPT_FILE, error.reason(), error.getMessage());
            String name = file.toAbsolutePath().toString();
            assertTrue(error.getMessage().contains(name), error.getMessage());
            assertTrue(error.message(Locale.CHINESE).contains(name), error.message(Locale.CHINESE));
            assertTrue(error.message(Locale.CHINESE).contains("无法导入"), error.message(Locale.CHINESE));

            assertEquals(before, state(store));
            assertEquals(1, store.revisions("plan-imp").size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "random"})
    void corruptFileForAnEmptyDatabaseCreatesNothing(String kind) throws Exception {
        Path file = temp.resolve(kind + ".plan");
        Files.write(file, corrupt(kind));
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            int audit = store.auditLog(1000).size();
            assertEquals(Reason.CORRUPT_FILE,
                    assertThrows(StoreException.class, () -> store.importPlan(file, "李四", "")).reason());
            assertEquals(List.of(), store.listPlans());
            assertEquals(audit, store.auditLog(1000).size());
        }
    }

    @Test
    void missingFileIsAnIoError() throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            StoreException error = assertThrows(StoreException.class,
                    () -> store.importPlan(temp.resolve("nowhere.plan"), "李四", ""));
            assertEquals(Reason.IO, error.reason());
            assertTrue(error.getMessage().contains("nowhere.plan"), error.getMessage());
        }
    }
}
