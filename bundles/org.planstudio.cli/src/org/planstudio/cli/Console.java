package org.planstudio.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the command line writes: results on standard output, messages and progress on standard
 * error (so that output can be piped while the user still sees what happens).
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final CliTexts texts;
    private boolean quiet;

    Console(PrintStream out, PrintStream err, CliTexts texts) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    CliTexts texts() {
        return texts;
    }

    void quiet(boolean value) {
        quiet = value;
    }

    void result(String line) {
        out.println(line);
        out.flush();
    }

    void progress(String key, Object... arguments) {
        if (!quiet) {
            err.println("planstudio: " + texts.get(key, arguments));
            err.flush();
        }
    }

    void error(String message) {
        err.println("planstudio: " + texts.get("error.prefix") + message);
        err.flush();
    }

    /** Always shown, even with --quiet: the user must know (a file that replaced a plan, say). */
    void warning(String message) {
        err.println("planstudio: " + texts.get("warning.prefix") + message);
        err.flush();
    }

    void usage() {
        out.print(texts.get("usage.text"));
        out.flush();
    }
}
