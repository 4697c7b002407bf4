package org.planstudio.domain.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.DomainSource;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.domain.TaskDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.domain.ValidationRule;

/**
 * Reads everything a domain service contributes, each call under the time limit, and checks it:
 * a usable id, complete texts, no duplicate keys, an icon that opens. Bad parts are reported and
 * dropped; only a failure to answer at all makes the whole domain unusable.
 */
public final class DomainSnapshot {

    private final TaskDomain service;
    private final DomainSource source;
    private final SafeCalls calls;
    private final Consumer<Bilingual> problems;

    public DomainSnapshot(TaskDomain service, DomainSource source, SafeCalls calls, Consumer<Bilingual> problems) {
        this.service = Objects.requireNonNull(service, "service");
        this.source = Objects.requireNonNull(source, "source");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The checked contribution, or empty if the service failed (already reported). */
    public Optional<RegisteredDomain> read() {
        try {
            String id = read("reading", service::id);
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                problems.accept(Texts.format("failure.badId", String.valueOf(id)));
                return Optional.empty();
            }
            Bilingual name = read("reading", service::name);
            if (name == null || !name.isComplete()) {
                problems.accept(Texts.failure("failure.badText", "reading"));
                return Optional.empty();
            }
            Optional<URL> icon = icon(read("reading", service::icon));
            List<TaskTemplate> templates = unique("templates", read("templates", service::templates), TaskTemplate::id);
            List<CatalogueIndicator> catalogue = unique("catalogue", read("catalogue", service::indicatorCatalogue),
                    CatalogueIndicator::code);
            List<AttributeDefinition> taskAttributes = unique("taskAttributes", read("taskAttributes",
                    service::taskAttributes), AttributeDefinition::key);
            List<AttributeDefinition> itemAttributes = unique("itemAttributes", read("itemAttributes",
                    service::itemAttributes), AttributeDefinition::key);
            List<ValidationRule> rules = unique("rules", read("rules", service::rules), ValidationRule::id);
            checkTexts(templates, catalogue, taskAttributes, itemAttributes);
            return Optional.of(new RegisteredDomain(id, name, source, icon, templates, catalogue, taskAttributes,
                    itemAttributes, rules));
        } catch (CallFailure e) {
            return Optional.empty();
        }
    }

    private <T> T read(String what, Callable<T> call) throws CallFailure {
        try {
            return calls.call(call);
        } catch (CallFailure e) {
            problems.accept(e.timedOut() ? Texts.failure("failure.timedOut", what, calls.limit().toMillis())
                    : Texts.failure("failure.threw", what, e.reason()));
            throw e;
        }
    }

    private <T> List<T> unique(String what, List<T> contributed, Function<T, String> key) {
        List<T> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (T item : contributed == null ? List.<T>of() : contributed) {
            if (item == null) {
                continue;
            }
            if (seen.add(key.apply(item))) {
                kept.add(item);
            } else {
                problems.accept(Texts.failure("failure.duplicate", what, key.apply(item)));
            }
        }
        return kept;
    }

    private Optional<URL> icon(Optional<URL> contributed) {
        Optional<URL> icon = contributed == null ? Optional.empty() : contributed;
        if (icon.isPresent()) {
            try (InputStream in = icon.get().openStream()) {
                if (in.read() >= 0) {
                    return icon;
                }
            } catch (IOException e) {
                // reported below, like a missing icon
            }
        }
        problems.accept(Texts.get("failure.icon"));
        return Optional.empty();
    }

    private void checkTexts(List<TaskTemplate> templates, List<CatalogueIndicator> catalogue,
            List<AttributeDefinition> taskAttributes, List<AttributeDefinition> itemAttributes) {
        if (!templates.stream().allMatch(t -> t.title().isComplete() && t.measures().stream().allMatch(Bilingual::isComplete))) {
            problems.accept(Texts.failure("failure.badText", "templates"));
        }
        if (!catalogue.stream().allMatch(c -> c.name().isComplete() && c.unit().isComplete())) {
            problems.accept(Texts.failure("failure.badText", "catalogue"));
        }
        if (!taskAttributes.stream().allMatch(a -> a.label().isComplete())) {
            problems.accept(Texts.failure("failure.badText", "taskAttributes"));
        }
        if (!itemAttributes.stream().allMatch(a -> a.label().isComplete())) {
            problems.accept(Texts.failure("failure.badText", "itemAttributes"));
        }
    }
}
