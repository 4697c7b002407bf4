package org.planstudio.store.tests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Bundle files on disk, for building a plain class path from inside an OSGi framework. Loaded only when OSGi is present. */
final class OsgiBundleFiles {

    private OsgiBundleFiles() {
    }

    /** Empty when these classes were not loaded by a framework (OSGi jars on a plain class path). */
    static Optional<List<Path>> locate(List<Class<?>> anchors, List<String> symbolicNames) {
        Bundle self = FrameworkUtil.getBundle(OsgiBundleFiles.class);
        if (self == null) {
            return Optional.empty();
        }
        Set<Bundle> bundles = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            Bundle bundle = FrameworkUtil.getBundle(anchor);
            if (bundle == null) {
                throw new IllegalStateException(anchor.getName() + " is not loaded from a bundle");
            }
            bundles.add(bundle);
        }
        for (Bundle bundle : context(self, bundles).getBundles()) {
            if (symbolicNames.contains(bundle.getSymbolicName())) {
                bundles.add(bundle);
            }
        }
        List<Path> files = new ArrayList<>();
        for (Bundle bundle : bundles) {
            files.add(classPathEntry(bundle));
        }
        return Optional.of(files);
    }

    // Only a starting or active bundle has a context; the store bundle is lazily activated by
    // loading this class, but any active one will do.
    private static BundleContext context(Bundle self, Set<Bundle> others) {
        List<Bundle> candidates = new ArrayList<>();
        candidates.add(self);
        candidates.addAll(others);
        return candidates.stream().map(Bundle::getBundleContext).filter(c -> c != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active bundle to list the framework's bundles"));
    }

    // A jar is its own class path entry; a bundle run from its project folder (a reactor bundle
    // in Tycho's test runtime) has its classes in target/classes.
    private static Path classPathEntry(Bundle bundle) {
        File file = FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IllegalStateException("No file for bundle " + bundle.getSymbolicName()));
        Path path = file.toPath();
        Path classes = path.resolve("target").resolve("classes");
        return Files.isDirectory(path) && Files.isDirectory(classes) ? classes : path;
    }
}
