package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.planstudio.store.StoreConfig;

/** The Eclipse application hands its arguments to the command line and returns its exit code. */
class CliApplicationTest {

    @TempDir
    Path dir;

    private final String previousDb = System.getProperty(StoreConfig.DATABASE_PROPERTY);

    @AfterEach
    void restore() {
        if (previousDb == null) {
            System.clearProperty(StoreConfig.DATABASE_PROPERTY);
        } else {
            System.setProperty(StoreConfig.DATABASE_PROPERTY, previousDb);
        }
    }

    @Test
    void returnsTheExitCodeOfTheCommand() throws Exception {
        System.setProperty(StoreConfig.DATABASE_PROPERTY, dir.resolve("db").toString());
        Path sample = SamplePlanFile.copyTo(dir);
        Path out = dir.resolve("gaps.csv");
        Object ok = new CliApplication().start(context("report", "--plan", sample.toString(), "--type", "gaps", "--out",
                out.toString(), "--quiet"));
        assertEquals(0, ok);
        assertTrue(Files.size(out) > 0);
        assertEquals(2, new CliApplication().start(context("report", "--bogus")));
        assertEquals(3, new CliApplication().start(context("report", "--plan", "nothing", "--type", "gaps", "--out",
                out.toString(), "--quiet")));
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    private static IApplicationContext context(String... args) {
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return Map.of(IApplicationContext.APPLICATION_ARGS, args);
            }

            @Override
            public void applicationRunning() {
            }

            @Override
            public String getBrandingApplication() {
                return null;
            }

            @Override
            public String getBrandingName() {
                return null;
            }

            @Override
            public String getBrandingDescription() {
                return null;
            }

            @Override
            public String getBrandingId() {
                return null;
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            }
        };
    }
}
