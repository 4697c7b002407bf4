package org.planstudio.store.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.internal.tools.SaveLoop;

/**
 * The class path a child JVM needs to run the store's tools: the store, the model, EMF and
 * Derby. Inside OSGi (the Tycho test runtime) {@code java.class.path} is only the launcher, so
 * each bundle's file is located through the framework; outside, the test's own class path and
 * the code sources of the same classes are used.
 */
final class ChildClasspath {

    /** One class from each bundle the child needs that this fragment can see. */
    static final List<Class<?>> ANCHORS = List.of(SaveLoop.class, Plan.class, EObject.class, URI.class,
            XMIResource.class, EmbeddedDriver.class);

    /** Derby's engine and shared classes, which no bundle here imports: found by symbolic name. */
    static final List<String> BUNDLES_BY_NAME = List.of("derby", "org.apache.derby.shared", "org.apache.derby.tools");

    private ChildClasspath() {
    }

    static String get() {
        Set<String> entries = new LinkedHashSet<>();
        Optional<List<Path>> bundles = osgiAvailable() ? OsgiBundleFiles.locate(ANCHORS, BUNDLES_BY_NAME)
                : Optional.empty();
        if (bundles.isPresent()) {
            bundles.get().forEach(path -> entries.add(path.toString()));
        } else {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
            for (Class<?> anchor : ANCHORS) {
                codeSource(anchor).ifPresent(path -> entries.add(path.toString()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean osgiAvailable() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, ChildClasspath.class.getClassLoader());
            Class.forName("org.eclipse.core.runtime.FileLocator", false, ChildClasspath.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Optional<Path> codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI())).filter(Files::exists);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
