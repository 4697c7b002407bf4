package org.planstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks an output path before the work starts, so a long report does not fail at the very end. */
final class Outputs {

    private Outputs() {
    }

    static Path writable(String value, CliTexts texts) throws CliException {
        Path file;
        try {
            file = Path.of(value).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.badValue", "--out", value, texts.get("usage.aFile")));
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCode.OUTPUT_NOT_WRITABLE, texts.get("error.outIsFolder", file));
        }
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw notWritable(file, e, texts);
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new CliException(ExitCode.OUTPUT_NOT_WRITABLE, texts.get("error.notWritable", file, folder));
        }
        return file;
    }

    static CliException notWritable(Path file, IOException e, CliTexts texts) {
        return new CliException(ExitCode.OUTPUT_NOT_WRITABLE,
                texts.get("error.cannotWrite", file, e.getClass().getSimpleName() + ": " + e.getMessage()), e);
    }
}
