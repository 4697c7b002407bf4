package org.planstudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The shipped sample plan, copied to a file as a user would have it. */
final class SamplePlanFile {

    private SamplePlanFile() {
    }

    static Path copyTo(Path folder) throws IOException {
        Path file = folder.resolve("beijing-bri-2024-2027.plan");
        Bundle cli = FrameworkUtil.getBundle(PlanStudioCli.class);
        if (cli == null) {
            // Outside OSGi (a large fuzz run from the work tree, docs/fuzz.md): the file in the source tree.
            return Files.copy(Path.of(System.getProperty("planstudio.samples", "../../bundles/org.planstudio.samples"),
                    "plans/beijing-bri-2024-2027.plan"), file);
        }
        Bundle samples = Arrays.stream(cli.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        try (InputStream in = entry.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }
}
