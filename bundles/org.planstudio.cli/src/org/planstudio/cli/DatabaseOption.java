package org.planstudio.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/**
 * The options that choose the database, given before the command:
 * {@code planstudio --db postgresql://host/db --user NAME report ...} or {@code --db FOLDER}. The
 * server password comes from {@value #PASSWORD_VARIABLE}, else it is asked for on the terminal;
 * it is never an option, so that it does not show in the process list or the shell history.
 */
final class DatabaseOption {

    static final String PASSWORD_VARIABLE = "PLANSTUDIO_DB_PASSWORD";

    /** What is left of the command line once the database options are taken off its front. */
    record Parsed(Supplier<StoreConfig> config, List<String> rest) {
    }

    private DatabaseOption() {
    }

    static Parsed parse(List<String> argv, Supplier<StoreConfig> fallback, Function<String, String> env,
            CliTexts texts) throws CliException {
        Optional<String> db = Optional.empty();
        Optional<String> user = Optional.empty();
        int i = 0;
        while (i < argv.size()) {
            String arg = argv.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--db") && !name.equals("--user")) {
                break;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                i++;
            } else if (i + 1 < argv.size() && !argv.get(i + 1).startsWith("--")) {
                value = argv.get(i + 1);
                i += 2;
            } else {
                throw new CliException(ExitCode.USAGE, texts.get("usage.missingValue", name));
            }
            if ((name.equals("--db") ? db : user).isPresent()) {
                throw new CliException(ExitCode.USAGE, texts.get("usage.repeated", name));
            }
            if (name.equals("--db")) {
                db = Optional.of(value);
            } else {
                user = Optional.of(value);
            }
        }
        List<String> rest = argv.subList(i, argv.size());
        if (db.isEmpty()) {
            if (user.isPresent()) {
                throw new CliException(ExitCode.USAGE, texts.get("usage.userWithoutServer"));
            }
            return new Parsed(fallback, rest);
        }
        if (!ServerAddress.isServer(db.get())) {
            if (user.isPresent()) {
                throw new CliException(ExitCode.USAGE, texts.get("usage.userWithoutServer"));
            }
            StoreConfig folder = StoreConfig.embedded(Path.of(db.get()));
            return new Parsed(() -> folder, rest);
        }
        ServerAddress server;
        try {
            server = ServerAddress.parse(db.get());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.badServer", e.getMessage()));
        }
        String name = user.filter(u -> !u.isBlank())
                .orElseThrow(() -> new CliException(ExitCode.USAGE, texts.get("usage.missingOption", "--user")));
        // Asked for only when a command opens the database (a report from a .plan file never does).
        return new Parsed(() -> StoreConfig.postgresql(server, name, password(server, name, env, texts)), rest);
    }

    private static String password(ServerAddress server, String user, Function<String, String> env,
            CliTexts texts) {
        String fromEnvironment = env.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Console console = System.console();
        char[] typed = console == null ? null
                : console.readPassword("%s", texts.get("db.passwordPrompt", user, server.toString()));
        if (typed == null) {
            throw new MissingPassword(texts.get("error.noPassword", PASSWORD_VARIABLE));
        }
        return new String(typed);
    }

    /** No password and no terminal to ask on; reported as the database being unavailable. */
    static final class MissingPassword extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingPassword(String message) {
            super(Objects.requireNonNull(message));
        }
    }
}
