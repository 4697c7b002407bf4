package org.planstudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: options {@code --name value} or {@code --name=value}, flags, and
 * positional values. Anything else is a usage error naming the culprit.
 */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final CliTexts texts;

    private Arguments(CliTexts texts) {
        this.texts = texts;
    }

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flags, CliTexts texts)
            throws CliException {
        Arguments parsed = new Arguments(texts);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                parsed.positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flags.contains(name) && equals < 0) {
                parsed.options.put(name, "true");
            } else if (valueOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new CliException(ExitCode.USAGE, texts.get("usage.missingValue", "--" + name));
                }
                if (parsed.options.put(name, value) != null) {
                    throw new CliException(ExitCode.USAGE, texts.get("usage.repeated", "--" + name));
                }
            } else {
                throw new CliException(ExitCode.USAGE, texts.get("usage.unknownOption", "--" + name));
            }
        }
        return parsed;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) throws CliException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.missingOption", "--" + name));
        }
        return value;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> positional() {
        return List.copyOf(positional);
    }
}
