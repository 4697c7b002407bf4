package org.planstudio.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressService;
import org.junit.jupiter.api.Test;
import org.planstudio.store.StoreException;
import org.planstudio.ui.testsupport.UiTest;

@UiTest
class OffUiThreadTest {

    @Test
    void theWorkRunsOffTheUiThreadAndItsResultComesBack() throws Exception {
        Thread ui = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        IProgressService progress = PlatformUI.getWorkbench().getProgressService();

        String result = OffUiThread.call(progress, "test", () -> {
            ranOn.set(Thread.currentThread());
            return "read";
        });

        assertEquals("read", result);
        assertNotSame(ui, ranOn.get(), "the work did not run on the UI thread");
    }

    @Test
    void theWorksFailureReachesTheCaller() {
        StoreException failure = new StoreException(StoreException.Reason.DATABASE, "databaseError", "plan", "the database is gone");
        IProgressService progress = PlatformUI.getWorkbench().getProgressService();

        StoreException thrown = assertThrows(StoreException.class, () -> OffUiThread.call(progress, "test", () -> {
            throw failure;
        }));

        assertSame(failure, thrown);
    }

    @Test
    void cancelStopsTheWaitWithoutWaitingForTheWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThrows(InterruptedException.class, () -> OffUiThread.call(cancelledAtOnce(), "test", () -> {
                release.await(1, TimeUnit.MINUTES);
                return "too late";
            }));
            assertTrue(release.getCount() == 1, "the caller returned while the work was still running");
        } finally {
            release.countDown();
        }
    }

    /** A progress service whose user pressed Cancel at once. */
    private static IProgressService cancelledAtOnce() {
        return (IProgressService) Proxy.newProxyInstance(IProgressService.class.getClassLoader(),
                new Class<?>[] { IProgressService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("busyCursorWhile")) {
                        NullProgressMonitor monitor = new NullProgressMonitor();
                        monitor.setCanceled(true);
                        ((IRunnableWithProgress) args[0]).run(monitor);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
