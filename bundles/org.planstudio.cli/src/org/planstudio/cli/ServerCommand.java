package org.planstudio.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.planstudio.store.StoreConfig;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.ServerStatus;
import org.planstudio.team.TeamException;
import org.planstudio.team.TeamRole;

/**
 * {@code planstudio --db postgresql://HOST/DB --user ADMIN server init | adduser NAME --role ROLE
 * [--division ORG-ID] | grant NAME --role ROLE [--division ORG-ID] | status}. A new user's password
 * comes from {@value #NEW_PASSWORD_VARIABLE}, else it is asked for twice on the terminal.
 */
final class ServerCommand {

    static final String NEW_PASSWORD_VARIABLE = "PLANSTUDIO_NEW_USER_PASSWORD";
    private static final Set<String> OPTIONS = Set.of("role", "division");

    private ServerCommand() {
    }

    static void run(List<String> argv, Console console, Supplier<StoreConfig> store, Function<String, String> env)
            throws CliException {
        CliTexts texts = console.texts();
        if (argv.isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("server.noAction"));
        }
        String action = argv.get(0);
        Arguments args = Arguments.parse(argv.subList(1, argv.size()), OPTIONS, Set.of(), texts);
        StoreConfig config = config(store, texts);
        ServerAdmin admin = new ServerAdmin(config, ServerAdmin.DEFAULT_PREFIX);
        try {
            switch (action) {
            case "init" -> {
                none(args, texts);
                admin.init();
                console.result(texts.get("server.initialised", config.location()));
            }
            case "adduser" -> {
                String user = name(args, texts);
                TeamRole role = role(args, texts);
                char[] password = newPassword(user, env, texts);
                try {
                    admin.addUser(user, role, password, args.option("division"));
                } finally {
                    Arrays.fill(password, '\0');
                }
                console.result(texts.get("server.added", user, role.label()));
            }
            case "grant" -> {
                String user = name(args, texts);
                TeamRole role = role(args, texts);
                admin.grant(user, role, args.option("division"));
                console.result(texts.get("server.granted", user, role.label()));
            }
            case "status" -> {
                none(args, texts);
                print(admin.status(), console, texts);
            }
            default -> throw new CliException(ExitCode.USAGE, texts.get("server.unknownAction", action));
            }
        } catch (TeamException e) {
            throw new CliException(ExitCode.DATABASE_UNAVAILABLE, e.message(texts.locale()), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    private static StoreConfig config(Supplier<StoreConfig> store, CliTexts texts) throws CliException {
        StoreConfig config;
        try {
            config = store.get();
        } catch (DatabaseOption.MissingPassword e) {
            throw new CliException(ExitCode.DATABASE_UNAVAILABLE, e.getMessage(), e);
        }
        if (config.engine() != StoreConfig.Engine.POSTGRESQL) {
            throw new CliException(ExitCode.USAGE, texts.get("server.needsServer"));
        }
        return config;
    }

    private static void none(Arguments args, CliTexts texts) throws CliException {
        if (!args.positional().isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.unexpected", args.positional().get(0)));
        }
    }

    private static String name(Arguments args, CliTexts texts) throws CliException {
        if (args.positional().size() != 1) {
            throw new CliException(ExitCode.USAGE, texts.get("server.oneUser"));
        }
        return args.positional().get(0);
    }

    private static TeamRole role(Arguments args, CliTexts texts) throws CliException {
        String label = args.required("role");
        return TeamRole.fromLabel(label).orElseThrow(() -> new CliException(ExitCode.USAGE,
                texts.get("usage.badValue", "--role", label, "plan-editor, division-editor, viewer, admin")));
    }

    private static char[] newPassword(String user, Function<String, String> env, CliTexts texts)
            throws CliException {
        String given = env.apply(NEW_PASSWORD_VARIABLE);
        if (given != null) {
            return given.toCharArray();
        }
        java.io.Console terminal = System.console();
        if (terminal == null) {
            throw new CliException(ExitCode.USAGE, texts.get("server.noNewPassword", NEW_PASSWORD_VARIABLE));
        }
        char[] first = terminal.readPassword("%s", texts.get("server.newPassword", user));
        char[] second = terminal.readPassword("%s", texts.get("server.repeatPassword"));
        if (first == null || !Arrays.equals(first, second)) {
            throw new CliException(ExitCode.USAGE, texts.get("server.passwordsDiffer"));
        }
        return first;
    }

    private static void print(ServerStatus status, Console console, CliTexts texts) {
        console.result(texts.get("server.status.server", status.serverVersion(), status.schema()));
        console.result(status.dataFormat().map(f -> texts.get("server.status.format", f, status.plans()))
                .orElse(texts.get("server.status.notInitialised")));
        for (ServerStatus.Member member : status.members()) {
            console.result("  " + member.user() + "\t" + member.role().label()
                    + member.division().map(d -> "\t" + d).orElse(""));
        }
    }
}
