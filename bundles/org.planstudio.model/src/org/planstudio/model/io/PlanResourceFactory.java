package org.planstudio.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Registered for the "plan" extension, in plugin.xml under OSGi and by PlanResources elsewhere. */
public final class PlanResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new PlanResource(uri);
    }
}
