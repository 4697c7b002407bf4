package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.UiTest;

/** The recovery journal belongs to one database: a workspace used with two never mixes them. */
@UiTest
class RecoveryFolderTest {

    @Test
    void editsJournalledAgainstOneDatabaseAreNotOfferedOnAnother(@TempDir Path state) throws Exception {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("plan-in-both");
        RecoveryJournal first = new RecoveryJournal(Recovery.folderFor(state, "StoreConfig[embedded /tmp/db-a]"));
        RecoveryJournal second = new RecoveryJournal(Recovery.folderFor(state, "StoreConfig[embedded /tmp/db-b]"));

        first.write(plan, 3);

        assertTrue(first.read("plan-in-both").isPresent(), "the journal is there for its own database");
        assertTrue(second.read("plan-in-both").isEmpty(), "another database's journal is not offered");
        assertTrue(Files.isDirectory(first.folder()));
    }

    @Test
    void theWorkbenchJournalFollowsItsDatabase(@TempDir Path state) {
        assertEquals(Recovery.folderFor(state, "x"), Recovery.folderFor(state, "x"));
        assertNotEquals(Recovery.folderFor(state, "x"), Recovery.folderFor(state, "y"));
        assertEquals(Recovery.folderFor(Recovery.journal().folder().getParent().getParent(), StoreAccess.storeKey()),
                Recovery.journal().folder(), "the workbench's journal is the one of its configured database");
    }
}
