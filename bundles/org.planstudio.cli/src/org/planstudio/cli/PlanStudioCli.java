package org.planstudio.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.planstudio.model.text.PlanClock;
import org.planstudio.store.StoreConfig;

/**
 * The command line without OSGi around it: parses the command, runs it, turns every failure into
 * a message on standard error and an {@link ExitCode}. Tests drive this class directly.
 */
public final class PlanStudioCli {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<StoreConfig> store;
    private final Locale locale;
    private final Supplier<LocalDate> today;
    private final Function<String, String> env;

    public PlanStudioCli(PrintStream out, PrintStream err, Supplier<StoreConfig> store, Locale locale,
            Supplier<LocalDate> today) {
        this(out, err, store, locale, today, System::getenv);
    }

    /** {@code env} reads environment variables (the server password, {@code PLANSTUDIO_DB_PASSWORD}). */
    public PlanStudioCli(PrintStream out, PrintStream err, Supplier<StoreConfig> store, Locale locale,
            Supplier<LocalDate> today, Function<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.store = Objects.requireNonNull(store, "store");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** Standard streams, the database the launcher names (-Dplanstudio.db), today in Beijing. */
    public static PlanStudioCli standard() {
        return new PlanStudioCli(System.out, System.err, StoreConfig::defaults, Locale.getDefault(),
                PlanClock::today);
    }

    public ExitCode run(String... args) {
        Objects.requireNonNull(args, "args");
        CliTexts texts = new CliTexts(locale);
        Console console = new Console(out, err, texts);
        List<String> argv;
        Supplier<StoreConfig> store;
        try {
            DatabaseOption.Parsed parsed = DatabaseOption.parse(Arrays.asList(args), this.store, env, texts);
            argv = parsed.rest();
            store = parsed.config();
        } catch (CliException e) {
            console.error(e.getMessage());
            err.println(texts.get("usage.hint"));
            return e.exitCode();
        }
        if (argv.isEmpty()) {
            console.error(texts.get("usage.noCommand"));
            console.usage();
            return ExitCode.USAGE;
        }
        String command = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        try (StoreSession session = new StoreSession(store, texts)) {
            switch (command) {
            case "report":
                ReportCommand.run(rest, console, session, today.get());
                break;
            case "export":
                ExportCommand.run(rest, console, session);
                break;
            case "import":
                ImportCommand.run(rest, console, session, System.getProperty("user.name", "planstudio"));
                break;
            case "compare":
                CompareCommand.run(rest, console, session);
                break;
            case "audit":
                AuditCommand.run(rest, console, session);
                break;
            case "server":
                ServerCommand.run(rest, console, store, env);
                break;
            case "import-doc":
                ImportDocCommand.run(rest, console, session, System.getProperty("user.name", "planstudio"));
                break;
            case "translations":
                TranslationsCommand.run(rest, console, session, System.getProperty("user.name", "planstudio"));
                break;
            case "help":
            case "--help":
            case "-h":
                console.usage();
                break;
            default:
                throw new CliException(ExitCode.USAGE, texts.get("usage.unknownCommand", command));
            }
            return ExitCode.OK;
        } catch (CliException e) {
            console.error(e.getMessage());
            if (e.exitCode() == ExitCode.USAGE) {
                err.println(texts.get("usage.hint"));
            }
            return e.exitCode();
        } catch (RuntimeException | OutOfMemoryError e) {
            console.error(texts.get("error.unexpected", e.toString()));
            e.printStackTrace(err);
            return ExitCode.FAILURE;
        }
    }
}
