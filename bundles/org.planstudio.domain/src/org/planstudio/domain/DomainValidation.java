package org.planstudio.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.planstudio.domain.internal.CallFailure;
import org.planstudio.domain.internal.Texts;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;

/**
 * Runs the installed domains' checks over a plan: the typed attributes of each task and of each
 * registry item that implements a task of the domain, then the domain's own rules, each under
 * the registry's time limit. UI-free, so the Problems view, reports and the command line share it.
 */
public final class DomainValidation {

    /** The rule id of the attribute type and required-value checks every domain gets. */
    public static final String ATTRIBUTES_RULE = "attributes";

    private final DomainRegistry registry;

    public DomainValidation(DomainRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Validates against the domains installed in this process. */
    public static List<DomainProblem> validate(Plan plan) {
        return new DomainValidation(DomainRegistry.shared()).check(plan);
    }

    public List<DomainProblem> check(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<DomainProblem> problems = new ArrayList<>();
        for (KeyTask task : PlanQueries.tasks(plan)) {
            String domainId = task.getDomainId();
            if (domainId == null || domainId.isBlank()) {
                continue;
            }
            Optional<RegisteredDomain> domain = registry.find(domainId);
            if (domain.isEmpty()) {
                problems.add(new DomainProblem(domainId, ATTRIBUTES_RULE, Severity.INFO,
                        Texts.format("domain.notInstalled", domainId), task));
                continue;
            }
            checkAttributes(domain.get(), domain.get().taskAttributes(), task, problems);
            runRules(domain.get(), task, rule -> rule.checkTask(task), problems);
        }
        registryItems(plan).forEach(item -> {
            for (String domainId : implementedDomains(plan, item)) {
                registry.find(domainId).ifPresent(domain -> {
                    checkAttributes(domain, domain.itemAttributes(), item, problems);
                    runRules(domain, item, rule -> rule.checkItem(item), problems);
                });
            }
        });
        return List.copyOf(problems);
    }

    private static Stream<RegistryItem> registryItems(Plan plan) {
        return Stream.of(plan.getPlatforms(), plan.getJointProjects(), plan.getInnovationEntities(), plan.getExperts())
                .flatMap(List::stream).map(RegistryItem.class::cast);
    }

    /** The domains of the tasks an item implements (trace link item → task). */
    public static Set<String> implementedDomains(Plan plan, RegistryItem item) {
        Set<String> domains = new LinkedHashSet<>();
        for (TraceLink link : PlanQueries.linksFrom(plan, item, TraceKind.IMPLEMENTS)) {
            if (link.getTarget() instanceof KeyTask task && task.getDomainId() != null && !task.getDomainId().isBlank()) {
                domains.add(task.getDomainId());
            }
        }
        return domains;
    }

    private static void checkAttributes(RegisteredDomain domain, List<AttributeDefinition> definitions,
            EObject owner, List<DomainProblem> problems) {
        for (AttributeDefinition definition : definitions) {
            definition.check(Attributes.value(owner, definition.key())).ifPresent(message -> problems.add(
                    new DomainProblem(domain.id(), ATTRIBUTES_RULE, Severity.ERROR, message, owner)));
        }
    }

    private void runRules(RegisteredDomain domain, EObject owner,
            Function<ValidationRule, List<Problem>> check, List<DomainProblem> problems) {
        for (ValidationRule rule : domain.rules()) {
            if (registry.isDisabled(rule)) {
                continue;
            }
            try {
                List<Problem> found = registry.calls().call(() -> check.apply(rule));
                for (Problem problem : found == null ? List.<Problem>of() : found) {
                    if (problem != null) {
                        problems.add(new DomainProblem(domain.id(), rule.id(), problem.severity(), problem.message(), owner));
                    }
                }
            } catch (CallFailure e) {
                registry.disable(rule, domain.source(), e.timedOut()
                        ? Texts.format("failure.ruleTimedOut", rule.id(), registry.calls().limit().toMillis())
                        : Texts.format("failure.rule", rule.id(), e.reason()));
            }
        }
    }
}
