package org.planstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.planstudio.docimport.DocumentImportException;
import org.planstudio.docimport.DocumentImporter;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoreException;

/**
 * {@code planstudio import-doc FILE --id ID [--area-of TASK=AREA ...]}: a Word .docx or text
 * file as a new plan. What the document does not say (which task falls in which area) is given
 * with --area-of, task and area by their numbers in the document's order.
 */
final class ImportDocCommand {

    private static final String AREA_OF = "--area-of";

    private ImportDocCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session, String author) throws CliException {
        CliTexts texts = console.texts();
        List<String> rest = new ArrayList<>();
        List<String> areaOf = new ArrayList<>();
        // --area-of may be repeated, which Arguments refuses for ordinary options.
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals(AREA_OF)) {
                if (i + 1 >= argv.size()) {
                    throw new CliException(ExitCode.USAGE, texts.get("usage.missingValue", AREA_OF));
                }
                areaOf.add(argv.get(++i));
            } else if (arg.startsWith(AREA_OF + "=")) {
                areaOf.add(arg.substring(AREA_OF.length() + 1));
            } else {
                rest.add(arg);
            }
        }
        Arguments args = Arguments.parse(rest, Set.of("id"), Set.of("quiet"), texts);
        console.quiet(args.flag("quiet"));
        if (args.positional().size() != 1) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.importDocOneFile"));
        }
        String id = args.required("id");
        Path file = Path.of(args.positional().get(0)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.PLAN_NOT_FOUND, texts.get("error.noFile", file));
        }
        console.progress("progress.readingDocument", file);
        ImportMapping mapping;
        try {
            mapping = DocumentImporter.map(file);
        } catch (DocumentImportException e) {
            throw new CliException(ExitCode.CORRUPT_INPUT, e.message(texts.locale()), e);
        }
        assignAreas(mapping, areaOf, texts);
        try {
            if (session.store().planInfo(id).isPresent()) {
                throw new CliException(ExitCode.USAGE, texts.get("error.planExists", id));
            }
            Plan plan = DocumentImporter.build(mapping, id);
            int revision = session.store().save(plan, 0, author, texts.get("importDoc.message", file.getFileName()));
            long tasks = plan.getTaskAreas().stream().mapToLong(a -> a.getTasks().size()).sum();
            long indicators = plan.getGoals().stream().mapToLong(g -> g.getIndicators().size()).sum();
            console.result(texts.get("importDoc.done", id, revision, plan.getPrinciples().size(), plan.getGoals().size(),
                    indicators, plan.getTaskAreas().size(), tasks, plan.getSafeguards().size(),
                    plan.getPolicyReferences().size(), plan.getConsultations().size()));
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
    }

    private static void assignAreas(ImportMapping mapping, List<String> areaOf, CliTexts texts) throws CliException {
        List<MappedPart> tasks = mapping.all(PartKind.TASK);
        List<MappedPart> areas = mapping.all(PartKind.TASK_AREA);
        for (String pair : areaOf) {
            for (String one : pair.split(",")) {
                String[] parts = one.split("=", 2);
                int task = parts.length == 2 ? number(parts[0]) : -1;
                int area = parts.length == 2 ? number(parts[1]) : -1;
                if (task < 1 || task > tasks.size() || area < 1 || area > areas.size()) {
                    throw new CliException(ExitCode.USAGE,
                            texts.get("usage.badAreaOf", one, tasks.size(), areas.size()));
                }
                tasks.get(task - 1).setArea(areas.get(area - 1));
            }
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
