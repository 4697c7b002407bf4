package org.planstudio.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.planstudio.store.FieldChange;
import org.planstudio.store.HistoryQuery;
import org.planstudio.store.StoreException;

/**
 * {@code planstudio audit log --plan ID [--element ID] [--user NAME] [--limit N]}: the field-level
 * history, newest first, one tab-separated line per change (time, person, revision, element,
 * field, old value, new value), so that it can be read or filtered further with the usual tools.
 */
final class AuditLogCommand {

    static final Set<String> OPTIONS = Set.of("plan", "element", "user", "limit");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private AuditLogCommand() {
    }

    static void run(Arguments args, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        String plan = args.option("plan").orElseThrow(() -> new CliException(ExitCode.USAGE, texts.get("audit.usage")));
        int limit;
        try {
            limit = Integer.parseInt(args.option("limit").orElse(Integer.toString(HistoryQuery.DEFAULT_LIMIT)));
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit <= 0) {
            throw new CliException(ExitCode.USAGE, texts.get("audit.badLimit", args.option("limit").orElse("")));
        }
        HistoryQuery query = HistoryQuery.of(plan).page(0, limit);
        if (args.option("element").isPresent()) {
            query = query.element(args.option("element").get());
        }
        if (args.option("user").isPresent()) {
            query = query.actor(args.option("user").get());
        }
        List<FieldChange> changes;
        try {
            changes = session.store().history(query);
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
        for (FieldChange change : changes) {
            console.result(String.join("\t", TIME.format(change.at()), change.actor(), "r" + change.revision(),
                    change.elementId() + " (" + change.elementLabel() + ")", field(change, texts),
                    oneLine(change.oldValue().orElse("")), oneLine(change.newValue().orElse(""))));
        }
        if (changes.isEmpty()) {
            console.warning(texts.get("audit.noChanges", plan));
        }
    }

    private static String field(FieldChange change, CliTexts texts) {
        return switch (change.kind()) {
            case CREATED -> texts.get("audit.created");
            case DELETED -> texts.get("audit.deleted");
            case CHANGED -> change.field();
        };
    }

    /** Tabs and line breaks inside a value would split its line. */
    private static String oneLine(String value) {
        return value.replace("\t", " ").replace("\r", "").replace("\n", " / ");
    }
}
