package org.planstudio.domain.internal;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.DomainSource;
import org.planstudio.domain.TaskDomain;

/** Feeds a registry from the TaskDomain services in the OSGi framework, if there is one. */
public final class OsgiDomainTracker implements ServiceTrackerCustomizer<TaskDomain, TaskDomain> {

    private final BundleContext context;
    private final DomainRegistry registry;

    private OsgiDomainTracker(BundleContext context, DomainRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    /** Starts tracking; does nothing outside OSGi. */
    public static void start(DomainRegistry registry) {
        Bundle bundle = FrameworkUtil.getBundle(OsgiDomainTracker.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        new ServiceTracker<>(context, TaskDomain.class, new OsgiDomainTracker(context, registry)).open();
    }

    @Override
    public TaskDomain addingService(ServiceReference<TaskDomain> reference) {
        DomainSource source = source(reference.getBundle());
        TaskDomain service;
        try {
            // Declarative services create the component here; if its constructor or activate
            // method throws, SCR logs the error and hands out null.
            service = context.getService(reference);
        } catch (RuntimeException e) {
            service = null;
        }
        if (service == null) {
            registry.reportFailure(source, Texts.get("failure.noService"));
            return null;
        }
        if (registry.add(service, source).isEmpty()) {
            context.ungetService(reference);
            return null;
        }
        return service;
    }

    @Override
    public void modifiedService(ServiceReference<TaskDomain> reference, TaskDomain service) {
        // Domains have no service properties that matter.
    }

    @Override
    public void removedService(ServiceReference<TaskDomain> reference, TaskDomain service) {
        registry.remove(service);
        context.ungetService(reference);
    }

    static DomainSource source(Bundle bundle) {
        if (bundle == null) {
            return new DomainSource("?", "?", "?");
        }
        String provider = Optional.ofNullable(bundle.getHeaders().get(Constants.BUNDLE_VENDOR)).orElse("");
        return new DomainSource(bundle.getSymbolicName(), bundle.getVersion().toString(), provider);
    }
}
