package org.planstudio.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.progress.IProgressService;

/**
 * Store work the UI must wait for (opening a plan, the first start's database), done off the UI
 * thread with the progress service's busy cursor and, past its delay, a progress dialog whose
 * Cancel works: the caller stops waiting at once and the result, when it comes, is dropped.
 */
public final class OffUiThread {

    /** Work that may fail with a checked exception of one type. */
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private OffUiThread() {
    }

    /**
     * @throws InterruptedException when the user pressed Cancel
     * @throws E what the work threw
     */
    @SuppressWarnings("unchecked")
    public static <T, E extends Exception> T call(IProgressService progress, String task, Work<T, E> work)
            throws InterruptedException, E {
        Objects.requireNonNull(work, "work");
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        }, "Plan Studio: " + task);
        worker.setDaemon(true);
        try {
            progress.busyCursorWhile(monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                worker.start();
                waitFor(result, monitor);
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (E) cause;
        }
    }

    private static void waitFor(CompletableFuture<?> result, IProgressMonitor monitor) throws InterruptedException {
        while (true) {
            if (monitor.isCanceled()) {
                throw new InterruptedException();
            }
            try {
                result.get(50, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // not done yet: look at Cancel again
            } catch (ExecutionException e) {
                return; // the caller reads the failure from the future
            }
        }
    }
}
