package org.planstudio.domain.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls into plug-in code on a worker thread with a time limit, so that a plug-in that hangs
 * costs the caller at most the limit. A hung worker is abandoned (daemon threads), not waited for.
 */
public final class SafeCalls {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration limit;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "planstudio-domain-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public SafeCalls(Duration limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + limit);
        }
    }

    public Duration limit() {
        return limit;
    }

    public <T> T call(Callable<T> call) throws CallFailure {
        Objects.requireNonNull(call, "call");
        Future<T> future = executor.submit(call);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new CallFailure("timed out after " + limit.toMillis() + " ms", e, true);
        } catch (ExecutionException e) {
            throw new CallFailure(String.valueOf(e.getCause()), e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CallFailure("interrupted", e, false);
        }
    }
}
