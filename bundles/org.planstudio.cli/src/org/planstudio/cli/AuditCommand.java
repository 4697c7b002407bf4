package org.planstudio.cli;

import java.util.List;
import java.util.Set;

import org.planstudio.store.AuditVerification;
import org.planstudio.store.StoreException;

/**
 * {@code planstudio audit verify}: checks the audit log's hash chain; exit code 8 if it is broken.
 * {@code planstudio audit log}: the field-level history of a plan ({@link AuditLogCommand}).
 */
final class AuditCommand {

    private AuditCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, AuditLogCommand.OPTIONS, Set.of(), texts);
        if (args.positional().equals(List.of("log"))) {
            AuditLogCommand.run(args, console, session);
            return;
        }
        if (!args.positional().equals(List.of("verify"))) {
            throw new CliException(ExitCode.USAGE, texts.get("audit.usage"));
        }
        AuditVerification result;
        try {
            result = session.store().verifyAuditLog();
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
        if (!result.intact()) {
            throw new CliException(ExitCode.AUDIT_BROKEN, texts.get("audit.broken", result.brokenAt().getAsLong(),
                    texts.get("audit.break." + result.reason().orElseThrow().name()), result.chained()));
        }
        console.result(texts.get("audit.intact", result.chained(), result.lastEntry().orElse(0),
                result.headHash().orElse("-")));
        if (result.unchained() > 0) {
            console.warning(texts.get("audit.unchained", result.unchained()));
        }
    }
}
