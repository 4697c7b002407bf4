package org.planstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.planstudio.store.StoreConfig;

/** One command-line run against a given database folder, with what it printed. */
record CliRun(ExitCode exitCode, String out, String err) {

    static CliRun run(Path database, Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ExitCode code = new PlanStudioCli(o, e, () -> StoreConfig.embedded(database), locale,
                    () -> LocalDate.of(2025, 6, 30)).run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static CliRun run(Path database, String... args) {
        return run(database, Locale.ENGLISH, args);
    }

    @Override
    public String toString() {
        return exitCode + "\nstdout: " + out + "\nstderr: " + err;
    }
}
