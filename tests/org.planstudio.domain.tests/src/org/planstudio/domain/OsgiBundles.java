package org.planstudio.domain;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's configurator starts lazily-activated bundles with their activation policy, which
 * lets declarative services register their components; the test runtime does not, so do the same.
 */
final class OsgiBundles {

    private OsgiBundles() {
    }

    static void startDomainBundles() throws BundleException {
        for (Bundle bundle : FrameworkUtil.getBundle(OsgiBundles.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if ((name.startsWith("org.planstudio.domain.") || name.equals("org.apache.felix.scr"))
                    && bundle.getHeaders().get("Fragment-Host") == null && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(name.equals("org.apache.felix.scr") ? 0 : Bundle.START_ACTIVATION_POLICY);
            }
        }
    }
}
