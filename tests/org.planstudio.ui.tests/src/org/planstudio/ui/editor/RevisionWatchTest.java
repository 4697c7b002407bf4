package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.testsupport.UiTest;

/** The check survives a lost connection: it keeps trying, says so once, and says when it works again. */
@UiTest
class RevisionWatchTest {

    @Test
    void aLostConnectionIsReportedOnceAndTheChecksGoOn() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        RevisionInfo seven = new RevisionInfo("p", 7, Instant.parse("2026-12-02T02:42:00Z"), "wangfang", "", List.of());
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(1);
        RevisionWatch.Source failingThrice = id -> {
            if (asked.incrementAndGet() <= 3) {
                throw new StoreException(StoreException.Reason.DATABASE, "databaseError", id, "connection reset");
            }
            return Optional.of(seven);
        };
        RevisionWatch watch = new RevisionWatch("p", failingThrice, 10, new RevisionWatch.Listener() {
            @Override
            public void latest(Optional<RevisionInfo> latest) {
                heard.add("latest " + latest.orElseThrow().revision());
                answered.countDown();
            }

            @Override
            public void failed(String reason) {
                heard.add("failed");
            }

            @Override
            public void recovered() {
                heard.add("recovered");
            }
        });
        watch.start();
        assertTrue(answered.await(60, TimeUnit.SECONDS), "the watch kept trying: " + heard);
        watch.stop();

        assertEquals(List.of("failed", "recovered", "latest 7"), heard.subList(0, 3));
        assertTrue(asked.get() >= 4);
        int after = asked.get();
        Thread.sleep(100); // a stopped watch asks no more (the job is cancelled, not rescheduled)
        assertTrue(asked.get() <= after + 1, "stopped: " + asked.get() + " after " + after);
    }
}
