package org.planstudio.ui.editor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.planstudio.compare.Revisions;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.compare.CompareLauncher;
import org.planstudio.ui.handlers.CompareHandler;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The bar at the top of a plan editor that says when someone else saved the plan (who, when, what
 * changed) and offers to bring the changes in or show them; it also says, once, when the checks
 * cannot reach the database. Its state lives on the UI thread; the checks and the comparison run
 * in jobs. The editor's own saves do not show it: a revision at or below the editor's base is not news.
 */
final class LiveUpdates implements RevisionWatch.Listener {

    private static final Color BACKGROUND = new Color(255, 243, 205);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanEditor editor;
    private final Display display;
    private final Composite banner;
    private final Label text;
    private final Button bringIn;
    private final Button showDifferences;
    private final Composite body;
    private final Optional<RevisionWatch> watch;
    /** The newer revision the banner speaks of, if any. */
    private RevisionInfo announced;
    private boolean bringingIn;
    /** Checks whose answer reached the UI thread (tests wait for the next one). */
    private int checks;

    LiveUpdates(PlanEditor editor, Composite parent) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.display = parent.getDisplay();
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        banner = new Composite(parent, SWT.NONE);
        banner.setLayout(new GridLayout(3, false));
        // Fixed colours: the system's "info" colours are a dark tooltip on some GTK themes.
        banner.setBackground(BACKGROUND);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        text = new Label(banner, SWT.WRAP);
        text.setBackground(banner.getBackground());
        text.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 200; // wraps inside the editor's width instead of widening it
        text.setLayoutData(textData);
        bringIn = button(LiveMessages.bringIn, this::bringIn);
        showDifferences = button(LiveMessages.showDifferences, this::showDifferences);
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        watch = watch(editor.getPlan().getId());
        watch.ifPresent(RevisionWatch::start);
    }

    private Optional<RevisionWatch> watch(String planId) {
        try {
            return Optional.of(RevisionWatch.ofOpenStore(planId, this));
        } catch (StoreException e) {
            // The editor got its plan without the store (it cannot be opened now): nothing to watch.
            ILog.of(LiveUpdates.class).log(Status.warning(e.getLocalizedMessage(), e));
            return Optional.empty();
        }
    }

    private Button button(String label, Runnable action) {
        Button button = new Button(banner, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Where the editor puts its form, under the banner. */
    Composite body() {
        return body;
    }

    void dispose() {
        watch.ifPresent(RevisionWatch::stop);
    }

    @Override
    public void latest(Optional<RevisionInfo> latest) {
        onUi(() -> consider(latest));
    }

    @Override
    public void failed(String reason) {
        onUi(() -> {
            if (announced == null) {
                show(NLS.bind(LiveMessages.checkFailed, reason, RevisionWatch.seconds()), false);
            }
        });
    }

    @Override
    public void recovered() {
        onUi(() -> {
            if (announced == null) {
                hide();
            }
        });
    }

    private void onUi(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!banner.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void consider(Optional<RevisionInfo> latest) {
        checks++;
        int base = editor.getBaseRevision();
        // A save of this editor is under way: the revision it is writing is not someone else's.
        if (editor.isSaving() || base == 0) {
            return;
        }
        if (latest.isEmpty() || latest.get().revision() <= base) {
            if (announced != null) {
                announced = null;
                hide();
            }
            return;
        }
        if (announced != null && announced.revision() == latest.get().revision()) {
            return;
        }
        announced = latest.get();
        summarise(announced, base);
    }

    /** Compares the editor's base with the new revision in a job, then shows the banner. */
    private void summarise(RevisionInfo info, int base) {
        String planId = info.planId();
        Locale locale = Locale.getDefault();
        Job job = Job.create(NLS.bind(LiveMessages.summaryJob, info.revision()), monitor -> {
            String summary;
            try {
                summary = RevisionSummary.of(Revisions.compare(StoreAccess.store(), planId, String.valueOf(base),
                        String.valueOf(info.revision()), locale));
            } catch (StoreException | org.planstudio.compare.UnknownVersionException e) {
                summary = ""; // who and when are known; the compare view can still show the rest
            }
            String line = summary;
            onUi(() -> {
                if (announced == info) {
                    show(describe(info, line), true);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static String describe(RevisionInfo info, String summary) {
        ZonedDateTime when = info.savedAt().atZone(ZoneId.systemDefault());
        String time = (when.toLocalDate().equals(LocalDate.now()) ? TIME : DAY_TIME).format(when);
        return summary.isEmpty() ? NLS.bind(LiveMessages.saved, new Object[] {info.author(), info.revision(), time})
                : NLS.bind(LiveMessages.savedWithSummary, new Object[] {info.author(), info.revision(), time, summary});
    }

    private void show(String message, boolean offer) {
        text.setText(message);
        text.setToolTipText(message);
        setVisible(bringIn, offer);
        setVisible(showDifferences, offer);
        bringIn.setEnabled(!bringingIn);
        ((GridData) banner.getLayoutData()).exclude = false;
        banner.setVisible(true);
        banner.getParent().layout(true, true);
    }

    private void hide() {
        ((GridData) banner.getLayoutData()).exclude = true;
        banner.setVisible(false);
        banner.getParent().layout(true, true);
    }

    private static void setVisible(Button button, boolean visible) {
        ((GridData) layoutData(button)).exclude = !visible;
        button.setVisible(visible);
    }

    private static Object layoutData(Button button) {
        if (!(button.getLayoutData() instanceof GridData)) {
            button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        }
        return button.getLayoutData();
    }

    /** Merges the announced revision into the editor (see {@link BringInFlow}). */
    void bringIn() {
        if (announced == null || bringingIn || editor.isSaving()) {
            return;
        }
        bringingIn = true;
        bringIn.setEnabled(false);
        new BringInFlow(editor, announced, this::bringInEnded).start();
    }

    /** The flow ended without replacing the editor (cancelled, or failed with {@code reason}). */
    private void bringInEnded(Optional<String> reason) {
        bringingIn = false;
        if (!banner.isDisposed()) {
            bringIn.setEnabled(true);
            reason.ifPresent(r -> show(NLS.bind(LiveMessages.bringInFailed, announced.revision(), r), true));
        }
    }

    private void showDifferences() {
        if (announced == null) {
            return;
        }
        try {
            CompareLauncher.compare(editor.getSite().getWorkbenchWindow(), StoreAccess.store(), announced.planId(),
                    String.valueOf(editor.getBaseRevision()), String.valueOf(announced.revision()),
                    CompareHandler.navigator(editor.getSite().getPage()));
        } catch (StoreException e) {
            show(NLS.bind(LiveMessages.compareFailed, announced.revision(), e.getLocalizedMessage()), true);
        }
    }

    void checkNow() {
        watch.ifPresent(RevisionWatch::checkNow);
    }

    int checks() {
        return checks;
    }

    boolean isBringingIn() {
        return bringingIn;
    }

    boolean isShowing() {
        return !banner.isDisposed() && banner.isVisible();
    }

    String message() {
        return text.getText();
    }
}
