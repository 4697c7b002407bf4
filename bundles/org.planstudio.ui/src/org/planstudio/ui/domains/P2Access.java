package org.planstudio.ui.domains;

import java.util.Optional;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The p2 agent and profile of the running installation. p2 registers the current agent as a
 * service only when the installation was materialised by p2 (its config.ini names a p2 data area
 * and profile), which the Plan Studio product is; a development launch has neither.
 */
final class P2Access {

    private P2Access() {
    }

    static Optional<IProvisioningAgent> agent() {
        BundleContext context = FrameworkUtil.getBundle(P2Access.class).getBundleContext();
        ServiceReference<IProvisioningAgent> reference = context.getServiceReference(IProvisioningAgent.class);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }

    static Optional<IProfile> profile(IProvisioningAgent agent) {
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        return Optional.ofNullable(profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF));
    }
}
