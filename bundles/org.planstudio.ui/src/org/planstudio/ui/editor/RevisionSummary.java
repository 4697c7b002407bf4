package org.planstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.FieldChange;

/**
 * What a newer revision changed, in one short line for the live-update banner: how many elements
 * changed, were added, were removed, the first few of each named ("任务 3 标题"). No SWT: it is
 * made in the job that compared the revisions.
 */
final class RevisionSummary {

    /** Enough to recognise the change; the compare view has the rest. */
    private static final int NAMED = 3;
    private static final int LABEL_LENGTH = 32;

    private RevisionSummary() {
    }

    static String of(Comparison comparison) {
        List<String> parts = new ArrayList<>();
        // A bare renumbering is the echo of an insertion or removal elsewhere, not a change of its own.
        part(parts, comparison, LiveMessages.changed,
                e -> e.is(ChangeKind.CHANGED) && !e.is(ChangeKind.ADDED) && !e.is(ChangeKind.REMOVED) && !e.renumberedOnly(),
                true);
        part(parts, comparison, LiveMessages.added, e -> e.is(ChangeKind.ADDED), false);
        part(parts, comparison, LiveMessages.removed, e -> e.is(ChangeKind.REMOVED), false);
        return String.join(LiveMessages.partSeparator, parts);
    }

    private static void part(List<String> parts, Comparison comparison, String template,
            Predicate<ElementChange> kind, boolean withField) {
        List<ElementChange> elements = comparison.elements().stream().filter(kind).toList();
        if (elements.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (ElementChange element : elements.subList(0, Math.min(NAMED, elements.size()))) {
            names.add(withField ? name(element) + field(element) : name(element));
        }
        String list = String.join(LiveMessages.nameSeparator, names)
                + (elements.size() > NAMED ? LiveMessages.more : "");
        parts.add(NLS.bind(template, elements.size(), list));
    }

    private static String name(ElementChange element) {
        String label = element.label().strip();
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "\u2026";
    }

    private static String field(ElementChange element) {
        return element.fields().stream().filter(f -> !f.number()).map(FieldChange::field).findFirst()
                .map(f -> " " + f).orElse("");
    }
}
