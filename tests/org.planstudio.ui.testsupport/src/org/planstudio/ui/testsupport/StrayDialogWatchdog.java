package org.planstudio.ui.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Closes modal dialogs that stay open longer than a limit and fails the test that left them.
 *
 * <p>UI tests run on the display thread; a dialog opened by the code under test spins its own event
 * loop there and never returns, and neither JUnit's timeout (it can only interrupt, and SWT's event
 * loop ignores interrupts) nor a separate thread (SWT refuses calls from it) can end it. A timer on
 * the display itself does run inside that loop, so the watchdog looks every half second, closes a
 * modal shell once it has been open for the limit, and the dialog's {@code open()} returns.
 */
public final class StrayDialogWatchdog implements BeforeEachCallback, AfterEachCallback {

    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);
    private static final int POLL_MS = 500;
    private static final Namespace NAMESPACE = Namespace.create(StrayDialogWatchdog.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Watch.class, arm(Display.getDefault(), DEFAULT_LIMIT));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Watch watch = context.getStore(NAMESPACE).remove(Watch.class, Watch.class);
        if (watch == null) {
            return;
        }
        watch.end();
    }

    /** Starts watching {@code display}; call {@link Watch#disarm()} on the same thread. */
    public static Watch arm(Display display, Duration limit) {
        Watch watch = new Watch(Objects.requireNonNull(display, "display"), Objects.requireNonNull(limit, "limit"));
        onDisplay(display, watch::schedule);
        return watch;
    }

    private static void onDisplay(Display display, Runnable runnable) {
        if (display.getThread() == Thread.currentThread()) {
            runnable.run();
        } else {
            display.syncExec(runnable);
        }
    }

    static boolean isModal(Shell shell) {
        return (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.SYSTEM_MODAL | SWT.PRIMARY_MODAL)) != 0;
    }

    /** One watched stretch of a test: which modal shells it saw, since when, and which it closed. */
    public static final class Watch {

        private final Display display;
        private final long limitNanos;
        private final Map<Shell, Long> seen = new LinkedHashMap<>();
        private final List<String> closed = new ArrayList<>();
        private final Runnable check = this::check;
        private boolean armed = true;

        private Watch(Display display, Duration limit) {
            this.display = display;
            this.limitNanos = limit.toNanos();
        }

        private void schedule() {
            if (armed && !display.isDisposed()) {
                display.timerExec(POLL_MS, check);
            }
        }

        private void check() {
            if (!armed) {
                return;
            }
            long now = System.nanoTime();
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && isModal(shell)) {
                    long since = seen.computeIfAbsent(shell, s -> now);
                    if (now - since >= limitNanos) {
                        close(shell);
                    }
                }
            }
            seen.keySet().removeIf(Shell::isDisposed);
            schedule();
        }

        private void close(Shell shell) {
            closed.add("'" + shell.getText() + "'");
            shell.close();
            if (!shell.isDisposed()) {
                // a dialog that vetoes closing (a running progress dialog) goes anyway
                shell.dispose();
            }
        }

        /**
         * Stops watching; modal shells still open now are closed too (a test must not leave one
         * behind for the next). Returns the titles of every dialog the watchdog closed.
         */
        public List<String> disarm() {
            onDisplay(display, () -> {
                armed = false;
                display.timerExec(-1, check);
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && isModal(shell)) {
                        close(shell);
                    }
                }
            });
            return List.copyOf(closed);
        }

        /** Stops watching and fails if the watchdog had to close a dialog. */
        public void end() {
            List<String> left = disarm();
            if (!left.isEmpty()) {
                throw new AssertionError("modal dialog(s) the test left open, closed by the watchdog: " + left);
            }
        }
    }
}
