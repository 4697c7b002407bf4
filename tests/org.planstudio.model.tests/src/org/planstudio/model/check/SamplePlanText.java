package org.planstudio.model.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.plan.Plan;

/** The shipped sample plan's XMI, the starting point of every hostile and mutated file. */
final class SamplePlanText {

    private SamplePlanText() {
    }

    static String get() throws IOException {
        Bundle model = FrameworkUtil.getBundle(Plan.class);
        if (model == null) {
            // Outside OSGi (a plain JUnit run from the work tree): the file in the source tree.
            return Files.readString(Path.of(System.getProperty("planstudio.samples", "../../bundles/org.planstudio.samples"),
                    "plans/beijing-bri-2024-2027.plan"));
        }
        Bundle samples = Arrays.stream(model.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text with the first occurrence of {@code from} replaced; fails the test if it is not there. */
    static String replaceFirst(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new AssertionError("the sample plan no longer contains " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
