package org.planstudio.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.DomainFailure;
import org.planstudio.domain.DomainProblem;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.ui.internal.ModelLabels;

/** What the Domains view shows: installed domains and what they contribute, failures, and checks. */
final class DomainRows {

    private DomainRows() {
    }

    static List<Row> build(DomainRegistry registry, Optional<List<DomainProblem>> problems) {
        Locale locale = Locale.getDefault();
        List<Row> rows = new ArrayList<>();
        List<Row> domains = registry.domains().stream().map(domain -> domainRow(domain, locale)).toList();
        rows.add(new Row(NLS.bind(Messages.View_installed, domains.size()), shared(ISharedImages.IMG_OBJ_FOLDER),
                Optional.empty(), domains.isEmpty() ? List.of(Row.leaf(Messages.View_none, Optional.empty())) : domains));
        List<DomainFailure> failures = registry.failures();
        if (!failures.isEmpty()) {
            rows.add(new Row(NLS.bind(Messages.View_failures, failures.size()),
                    shared(ISharedImages.IMG_OBJS_ERROR_TSK), Optional.empty(),
                    failures.stream().map(f -> Row.leaf(NLS.bind(Messages.View_failure, f.source(), f.message().in(locale)),
                            shared(ISharedImages.IMG_OBJS_ERROR_TSK))).toList()));
        }
        if (problems.isEmpty()) {
            rows.add(Row.leaf(Messages.View_noPlan, shared(ISharedImages.IMG_OBJS_INFO_TSK)));
        } else {
            rows.add(new Row(NLS.bind(Messages.View_problems, problems.get().size()),
                    shared(ISharedImages.IMG_OBJS_TASK_TSK), Optional.empty(),
                    problems.get().stream().map(p -> problemRow(p, locale)).toList()));
        }
        return rows;
    }

    private static Row domainRow(RegisteredDomain domain, Locale locale) {
        List<Row> parts = List.of(
                Row.leaf(line(Messages.View_templates, domain.templates(), t -> t.title(), locale), Optional.empty()),
                Row.leaf(line(Messages.View_catalogue, domain.catalogue(), c -> c.name(), locale), Optional.empty()),
                Row.leaf(line(Messages.View_taskAttributes, domain.taskAttributes(), a -> a.label(), locale), Optional.empty()),
                Row.leaf(line(Messages.View_itemAttributes, domain.itemAttributes(), a -> a.label(), locale), Optional.empty()),
                Row.leaf(NLS.bind(Messages.View_rules, domain.rules().size(),
                        domain.rules().stream().map(r -> r.id()).collect(Collectors.joining(", "))), Optional.empty()));
        String text = NLS.bind(Messages.View_domain, new Object[] { domain.name().in(locale), domain.id(),
                domain.source(), domain.source().provider() });
        return new Row(text, DomainImages.of(domain), Optional.empty(), parts);
    }

    private static <T> String line(String pattern, List<T> items, Function<T, Bilingual> name, Locale locale) {
        return NLS.bind(pattern, items.size(), items.stream().map(i -> name.apply(i).in(locale))
                .collect(Collectors.joining("; ")));
    }

    private static Row problemRow(DomainProblem problem, Locale locale) {
        String image = switch (problem.severity()) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        String text = NLS.bind(Messages.View_problem, ModelLabels.element(problem.element()), problem.message().in(locale));
        return new Row(text, shared(image), Optional.of(problem.element()), List.of());
    }

    /** Some shared images (tasks, for one) exist only with the IDE bundles, which the product lacks. */
    private static Optional<Image> shared(String key) {
        return Optional.ofNullable(PlatformUI.getWorkbench().getSharedImages().getImage(key));
    }
}
