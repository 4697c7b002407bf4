package org.planstudio.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.planstudio.domain.internal.DomainSnapshot;
import org.planstudio.domain.internal.OsgiDomainTracker;
import org.planstudio.domain.internal.SafeCalls;
import org.planstudio.domain.internal.Texts;

/**
 * The task domains that are installed, by id. Inside OSGi, {@link #shared()} follows the
 * {@link TaskDomain} services as plug-ins come and go; outside it (plain JUnit, the command line)
 * domains are added by hand. A plug-in that fails is reported once and left out; the others and
 * the workbench carry on.
 */
public final class DomainRegistry {

    /** Per call into a plug-in; override with -Dplanstudio.domain.timeLimitMs=… */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(Long.getLong("planstudio.domain.timeLimitMs", 3000));

    private static final System.Logger LOG = System.getLogger(DomainRegistry.class.getName());
    private static DomainRegistry shared;

    private final SafeCalls calls;
    private final Map<TaskDomain, RegisteredDomain> byService = new IdentityHashMap<>();
    private final Map<String, RegisteredDomain> byId = new LinkedHashMap<>();
    private final List<DomainFailure> failures = new ArrayList<>();
    private final Set<ValidationRule> disabledRules = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DomainRegistry(Duration timeLimit) {
        this.calls = new SafeCalls(timeLimit);
    }

    /** The registry of this process; in OSGi it tracks the domain services from the first call on. */
    public static synchronized DomainRegistry shared() {
        if (shared == null) {
            shared = new DomainRegistry(DEFAULT_TIME_LIMIT);
            OsgiDomainTracker.start(shared);
        }
        return shared;
    }

    /** Reads and registers a domain service; empty if it failed or its id is taken (both reported). */
    public Optional<RegisteredDomain> add(TaskDomain service, DomainSource source) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(source, "source");
        Optional<RegisteredDomain> read = new DomainSnapshot(service, source, calls, message -> reportFailure(source, message))
                .read();
        if (read.isEmpty()) {
            return read;
        }
        RegisteredDomain domain = read.get();
        synchronized (this) {
            RegisteredDomain existing = byId.get(domain.id());
            if (existing != null) {
                reportFailure(source, Texts.format("failure.duplicateDomain", domain.id(), existing.source()));
                return Optional.empty();
            }
            byService.put(service, domain);
            byId.put(domain.id(), domain);
        }
        fireChanged();
        return read;
    }

    public void remove(TaskDomain service) {
        synchronized (this) {
            RegisteredDomain domain = byService.remove(service);
            if (domain == null) {
                return;
            }
            byId.remove(domain.id());
        }
        fireChanged();
    }

    public synchronized List<RegisteredDomain> domains() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<RegisteredDomain> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public synchronized List<DomainFailure> failures() {
        return List.copyOf(failures);
    }

    /** Records a failure of a plug-in and logs it, once: the same failure again is ignored. */
    public void reportFailure(DomainSource source, Bilingual message) {
        DomainFailure failure = new DomainFailure(source, message);
        synchronized (this) {
            if (failures.contains(failure)) {
                return;
            }
            failures.add(failure);
        }
        LOG.log(System.Logger.Level.WARNING, "Plan Studio domain plug-in " + source + ": " + message.en());
        fireChanged();
    }

    SafeCalls calls() {
        return calls;
    }

    synchronized boolean isDisabled(ValidationRule rule) {
        return disabledRules.contains(rule);
    }

    void disable(ValidationRule rule, DomainSource source, Bilingual message) {
        synchronized (this) {
            disabledRules.add(rule);
        }
        reportFailure(source, message);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "domain registry listener failed", e);
            }
        }
    }
}
