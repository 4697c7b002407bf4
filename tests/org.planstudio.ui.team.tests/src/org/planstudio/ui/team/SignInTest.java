package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreConfig;
import org.planstudio.team.TeamRole;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.UiTest;

/** Against the test PostgreSQL server: sign in through the profile, open a plan, edit, save; a refused password asks again. */
@UiTest
class SignInTest {

    @TempDir
    Path temp;

    private TestServer server;
    private Passwords passwords;
    private Profiles profiles;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer();
        passwords = new Passwords(PasswordsTest.storage(temp.resolve("secure_storage")));
        profiles = new Profiles(InstanceScope.INSTANCE.getNode("org.planstudio.ui.team.tests." + UUID.randomUUID()));
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().closeAllEditors(false);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.getActivePage().closeAllEditors(false);
            StoreAccess.use(StoreConfig.defaults());
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void signInOpenEditSaveOnTheServer() throws Exception {
        StoreAccess.use(server.profile().config(server.password())).importPlan(samplePlan(), "office", "sample");
        Profile profile = server.addUser("zhang", TeamRole.PLAN_EDITOR, "Zh4ng-passw0rd");
        profiles.save(profile);
        passwords.remember(profile, "Zh4ng-passw0rd");

        assertTrue(new Connection(window, profiles, passwords).open(profile, Optional.empty(), false));

        assertEquals(profile.config("Zh4ng-passw0rd"), StoreAccess.config());
        String title = window.getShell().getText();
        assertTrue(title.contains(profile.schema()), title);
        assertTrue(title.contains(profile.user() + Messages.Where_separator + Messages.Role_PLAN_EDITOR), title);
        PlanInfo info = StoreAccess.store().listPlans().get(0);
        IWorkbenchPage page = window.getActivePage();
        PlanEditor editor = PlanOpener.open(page, info);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.getPlan().getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, "服务器上改过的标题"));
        Screens.processEvents();
        assertTrue(editor.isDirty());

        editor.doSave(new NullProgressMonitor());
        waitUntilSaved(editor);

        var saved = StoreAccess.store().loadLatest(info.id()).orElseThrow();
        assertEquals(info.latestRevision() + 1, saved.revision().revision());
        assertEquals("服务器上改过的标题", saved.plan().getTitle().getZh());
        assertEquals(profile.user(), saved.revision().author(), "saved as the signed-in user");
    }

    @Test
    void refusedPasswordOpensTheSignInDialogWithTheReason() throws Exception {
        Profile profile = server.profile();
        passwords.remember(profile, "not-the-password");
        AtomicReference<String> reason = new AtomicReference<>();
        whenSignInOpens(shell -> {
            reason.set(Screens.find(shell, Label.class, l -> l.getData("org.planstudio.ui.team.refusal") != null)
                    .map(Label::getText).orElse(""));
            Screens.find(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0).orElseThrow()
                    .setText(server.password());
            Button remember = Screens.find(shell, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0).orElseThrow();
            remember.setSelection(true);
            shell.getDefaultButton().notifyListeners(SWT.Selection, null);
        });

        assertTrue(new Connection(window, profiles, passwords).open(profile, Optional.empty(), false));

        assertTrue(reason.get().contains(profile.user() + "@"), reason.get());
        assertTrue(reason.get().contains(profile.host()), reason.get());
        assertEquals(profile.config(server.password()), StoreAccess.config());
        assertEquals(Optional.of(server.password()), passwords.find(profile), "the new password is kept");
    }

    @Test
    void connectionLostInASaveKeepsTheEditsAndSavesAfterReconnecting() throws Exception {
        Profile profile = server.profile();
        passwords.remember(profile, server.password());
        assertTrue(new Connection(window, profiles, passwords).open(profile, Optional.empty(), false));
        StoreAccess.store().importPlan(samplePlan(), StoreAccess.currentUser(), "sample");
        PlanInfo info = StoreAccess.store().listPlans().get(0);
        PlanEditor editor = PlanOpener.open(window.getActivePage(), info);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.getPlan().getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, "断线前改的标题"));
        Screens.processEvents();
        server.endStoreSessions();
        AtomicReference<String> shown = new AtomicReference<>();
        whenShellOpens(org.planstudio.ui.internal.Messages.Editor_saveFailed, shell -> {
            shown.set(String.join("\n", Screens.all(shell).stream().filter(c -> c instanceof Label)
                    .map(c -> ((Label) c).getText()).toList()));
            shell.getDefaultButton().notifyListeners(SWT.Selection, null);
        });

        boolean automated = ErrorDialog.AUTOMATED_MODE; // the test harness suppresses error dialogs
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            editor.doSave(new NullProgressMonitor());
            waitUntil(() -> !editor.isSaving() && shown.get() != null);
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }

        assertTrue(shown.get().contains(StoreAccess.config().location()), shown.get());
        assertTrue(shown.get().contains("was lost"), shown.get());
        assertTrue(editor.isDirty(), "the edits stay in the editor");
        assertTrue(new Connection(window, profiles, passwords).open(profile, Optional.empty(), false), "reconnect");
        assertEquals(info.latestRevision(), StoreAccess.store().planInfo(info.id()).orElseThrow().latestRevision(),
                "nothing of the interrupted save was stored");
        editor.doSave(new NullProgressMonitor());
        waitUntilSaved(editor);
        var saved = StoreAccess.store().loadLatest(info.id()).orElseThrow();
        assertEquals(info.latestRevision() + 1, saved.revision().revision());
        assertEquals("断线前改的标题", saved.plan().getTitle().getZh());
    }

    private static void whenSignInOpens(java.util.function.Consumer<Shell> action) {
        whenShellOpens(Messages.SignIn_title, action);
    }

    private static void whenShellOpens(String title, java.util.function.Consumer<Shell> action) {
        Display display = Display.getCurrent();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && title.equals(shell.getText())) {
                        action.accept(shell);
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, poll);
    }

    private static void waitUntilSaved(PlanEditor editor) {
        waitUntil(() -> !editor.isSaving() && !editor.isDirty());
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (done.getAsBoolean()) {
                return;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        throw new AssertionError("not done within a minute");
    }

    private static Path samplePlan() throws Exception {
        URL entry = Platform.getBundle("org.planstudio.samples").getEntry("plans/beijing-bri-2024-2027.plan");
        return Path.of(FileLocator.toFileURL(entry).getPath());
    }
}
