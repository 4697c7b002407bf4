package org.planstudio.registry.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.walk.PlanQueries;

/** The CSV fixtures beside the tests, copied where the import can read them; and small assertions' helpers. */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(name), name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    /** "row:column:reason" for each problem, to compare a report with what a fixture holds. */
    static Set<String> problems(ImportReport report) {
        Set<String> keys = new TreeSet<>();
        for (ImportProblem problem : report.problems()) {
            keys.add((problem.sheet().isEmpty() ? "" : problem.sheet() + "!") + problem.row() + ":"
                    + problem.column().map(Enum::name).orElse("-") + ":" + problem.reason());
        }
        return keys;
    }

    static Set<String> sorted(String... keys) {
        return new TreeSet<>(List.of(keys));
    }

    static boolean unchanged(Plan before, Plan after) {
        return EcoreUtil.equals(before, after);
    }

    /** IMPLEMENTS links as "item id -> task id". */
    static Set<String> implementsLinks(Plan plan) {
        Set<String> links = new TreeSet<>();
        PlanQueries.links(plan, TraceKind.IMPLEMENTS).forEach(
                link -> links.add(((org.planstudio.model.plan.Identified) link.getSource()).getId() + " -> "
                        + ((org.planstudio.model.plan.Identified) link.getTarget()).getId()));
        return links;
    }

    static BasicCommandStack execute(ImportResult result) {
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(result.command().orElseThrow());
        return stack;
    }
}
