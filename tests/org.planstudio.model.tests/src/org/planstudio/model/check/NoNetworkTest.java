package org.planstudio.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;

/**
 * Every hostile file, through every reader of the model bundle, is refused, and the loopback
 * listener the files name accepts no connection. (The store and command line readers have the
 * same test in their bundles.)
 */
@Timeout(120)
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void hostileFilesAreRefusedWithoutAnyConnection() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            Map<String, String> files = HostileFiles.all(SamplePlanText.get(), listener.url());
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = Files.writeString(dir.resolve(file.getKey() + ".plan"), file.getValue());
                if (HostileFiles.ACCEPTABLE.contains(file.getKey())) {
                    assertEquals("bj-bri-2024", PlanResources.loadChecked(path).getId());
                } else {
                    assertThrows(PlanFormatException.class, () -> PlanResources.loadChecked(path), file.getKey());
                }
                // The unchecked readers must not connect either, even where they accept the file.
                try {
                    PlanResources.load(path);
                } catch (PlanFormatException expected) {
                    // refused is fine; connecting is not
                }
                try {
                    PlanResources.read(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                            file.getKey());
                } catch (PlanFormatException expected) {
                    // as above
                }
                assertEquals(0, listener.accepted(), file.getKey() + " made a connection");
            }
            // The listener does count: one connection of our own shows up.
            try (Socket probe = new Socket("127.0.0.1", listener.port())) {
                probe.getOutputStream().write(1);
            }
            waitForCount(listener, 1);
            assertEquals(1, listener.accepted());
        }
    }

    private static void waitForCount(LoopbackListener listener, int count) throws InterruptedException {
        for (int i = 0; i < 500 && listener.accepted() < count; i++) {
            Thread.sleep(10);
        }
    }
}
