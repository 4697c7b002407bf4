package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoredPlan;
import org.planstudio.team.TeamRole;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.UiTest;

/**
 * Live updates against the test PostgreSQL server: a plan editor signed in through a profile edits a
 * task's title; a second plan editor, in a store session of their own on the same server, saves a
 * change of another task; the editor's bar names them, Bring in merges their revision under the
 * unsaved edit, and the save writes both as the signed-in user.
 */
@UiTest
class LiveUpdatesOnServerTest {

    private static final String INTERVAL = "planstudio.liveUpdates.seconds";
    private static final String MY_TITLE = "服务器上未保存的任务五";

    @TempDir
    Path temp;

    private TestServer server;
    private Passwords passwords;
    private Profiles profiles;
    private IWorkbenchWindow window;
    private String interval;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer();
        passwords = new Passwords(PasswordsTest.storage(temp.resolve("secure_storage")));
        profiles = new Profiles(InstanceScope.INSTANCE.getNode("org.planstudio.ui.team.tests." + UUID.randomUUID()));
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().closeAllEditors(false);
        // Read when an editor starts watching: one second instead of five keeps the wait short.
        interval = System.getProperty(INTERVAL);
        System.setProperty(INTERVAL, "1");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (interval == null) {
            System.clearProperty(INTERVAL);
        } else {
            System.setProperty(INTERVAL, interval);
        }
        if (window != null) {
            window.getActivePage().closeAllEditors(false);
            StoreAccess.use(StoreConfig.defaults());
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anotherSessionsSaveIsOfferedBroughtInAndSavedWithTheUnsavedEdit() throws Exception {
        StoreAccess.use(server.profile().config(server.password())).importPlan(samplePlan(), "office", "sample");
        Profile me = server.addUser("zhang", TeamRole.PLAN_EDITOR, "Zh4ng-passw0rd");
        Profile other = server.addUser("wang", TeamRole.PLAN_EDITOR, "W4ng-passw0rd");
        profiles.save(me);
        passwords.remember(me, "Zh4ng-passw0rd");
        assertTrue(new Connection(window, profiles, passwords).open(me, Optional.empty(), false));
        assertEquals(me.user(), StoreAccess.currentUser());

        PlanInfo info = StoreAccess.store().listPlans().get(0);
        PlanEditor editor = PlanOpener.open(window.getActivePage(), info);
        int base = editor.getBaseRevision();
        KeyTask mine = task(editor.getPlan(), 5);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                mine.getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, MY_TITLE));
        Screens.processEvents();
        assertTrue(editor.isDirty());
        TaskStatus before = task(editor.getPlan(), 6).getStatus();
        TaskStatus theirStatus = before == TaskStatus.DELAYED ? TaskStatus.COMPLETED : TaskStatus.DELAYED;

        StoreConfig otherConfig = StoreAccess.config().withCredentials(other.user(), "W4ng-passw0rd");
        try (PlanStore otherSession = PlanStore.open(otherConfig)) {
            StoredPlan latest = otherSession.loadLatest(info.id()).orElseThrow();
            assertEquals(base, latest.revision().revision());
            task(latest.plan(), 6).setStatus(theirStatus);
            int theirs = otherSession.save(latest.plan(), base, other.user(), "");

            Label bar = waitForBar(other.user());
            assertTrue(bar.getText().contains(String.valueOf(theirs)), bar.getText());
            Screens.save(window.getShell(), "live-updates-server");
            bringInButton(bar).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            waitFor(() -> window.getActivePage().getActiveEditor() instanceof PlanEditor e && e != editor,
                    "the editor on the merged plan");
            PlanEditor merged = (PlanEditor) window.getActivePage().getActiveEditor();
            Screens.processEvents();

            assertEquals(theirs, merged.getBaseRevision(), "the editor's base is the other session's revision");
            assertTrue(merged.isDirty(), "my edit is still unsaved");
            assertEquals(MY_TITLE, task(merged.getPlan(), 5).getTitle().getZh());
            assertEquals(theirStatus, task(merged.getPlan(), 6).getStatus());
            assertFalse(offer(other.user()).isPresent(), "nothing newer than the merged editor's base is offered");

            merged.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
            waitFor(() -> !merged.isSaving() && !merged.isDirty(), "the save");

            StoredPlan saved = otherSession.loadLatest(info.id()).orElseThrow();
            assertEquals(theirs + 1, saved.revision().revision());
            assertEquals(me.user(), saved.revision().author(), "saved as the signed-in user");
            assertEquals(MY_TITLE, task(saved.plan(), 5).getTitle().getZh());
            assertEquals(theirStatus, task(saved.plan(), 6).getStatus());
            assertEquals(other.user(), otherSession.load(info.id(), theirs).revision().author());
        }
    }

    /** The bar's text, once it names {@code user} (a check every second; Bring in shown with it). */
    private Label waitForBar(String user) {
        waitFor(() -> offer(user).isPresent(), "the live-update bar naming " + user);
        return offer(user).orElseThrow();
    }

    /** A shown bar that names {@code user} and offers Bring in. */
    private Optional<Label> offer(String user) {
        String bringIn = bringInLabel();
        return Screens.find(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().contains(user) && buttonNextTo(l, bringIn).isPresent());
    }

    private static Button bringInButton(Label bar) {
        return buttonNextTo(bar, bringInLabel()).orElseThrow();
    }

    private static Optional<Button> buttonNextTo(Label label, String text) {
        for (Control sibling : label.getParent().getChildren()) {
            if (sibling instanceof Button button && button.isVisible() && button.getEnabled()
                    && text.equals(button.getText())) {
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }

    /** The button's text as the editor's bundle has it in the workbench's language. */
    private static String bringInLabel() {
        return ResourceBundle.getBundle("org.planstudio.ui.editor.live", Locale.getDefault(),
                PlanEditor.class.getClassLoader()).getString("bringIn");
    }

    private static KeyTask task(Plan plan, int number) {
        return PlanQueries.tasks(plan).stream().filter(t -> t.getNumber() == number).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier done, String what) {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited a minute in vain for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    private static Path samplePlan() throws Exception {
        URL entry = Platform.getBundle("org.planstudio.samples").getEntry("plans/beijing-bri-2024-2027.plan");
        return Path.of(FileLocator.toFileURL(entry).getPath());
    }
}
