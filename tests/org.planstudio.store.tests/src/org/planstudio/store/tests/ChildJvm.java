package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child {@code java} process running a main class of the store bundle, talking in lines on
 * stdout. The parent waits for lines (with a time limit), never sleeps.
 */
final class ChildJvm implements AutoCloseable {

    private static final String END = "\u0000end-of-output";
    // A long kill campaign on a loaded machine sets it higher (-Dplanstudio.child.timeout=seconds).
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(Long.getLong("planstudio.child.timeout", 90));

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::pump, "child-jvm-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> mainClass, Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // Little JIT and one GC thread: the child's work is short, and it often shares the machine.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(ChildClasspath.get());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path errors = Files.createTempFile(workDir, "child-", ".stderr");
        Process process = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .start();
        return new ChildJvm(process, errors);
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process died; END below tells the waiting test
        } finally {
            lines.add(END);
        }
    }

    /** Waits for the next line that starts with {@code prefix}, skipping others; fails on timeout or exit. */
    String expect(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + LINE_TIMEOUT.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("No '" + prefix + "' from the child within " + LINE_TIMEOUT + "; saw " + seen + diagnostics());
            }
            if (END.equals(line)) {
                lines.add(END);
                fail("The child ended before '" + prefix + "'; saw " + seen + diagnostics());
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The lines the child prints within {@code millis} from now (the campaign's clock: it waits, it does not sleep). */
    List<String> linesFor(long millis) throws InterruptedException {
        List<String> got = new ArrayList<>();
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (END.equals(line)) {
                lines.add(END);
                fail("The child ended early; saw " + seen + got + diagnostics());
            }
            got.add(line);
        }
        seen.addAll(got);
        return got;
    }

    /** After {@link #kill()}: whatever the child printed before it died. */
    List<String> remainingLines() throws InterruptedException {
        List<String> got = new ArrayList<>();
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !END.equals(line);
                line = lines.poll(10, TimeUnit.SECONDS)) {
            got.add(line);
        }
        return got;
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no Derby shutdown. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            fail("The child did not die within 30 s of SIGKILL");
        }
    }

    /** Closes the child's stdin (its signal to finish) and waits for it to exit. */
    int finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            fail("The child did not exit within 60 s after its input closed" + diagnostics());
        }
        return process.exitValue();
    }

    String diagnostics() {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8);
            return text.isBlank() ? "" : "\nchild stderr:\n" + text;
        } catch (IOException e) {
            return "\n(child stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
