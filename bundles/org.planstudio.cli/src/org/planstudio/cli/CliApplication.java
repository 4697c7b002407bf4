package org.planstudio.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application behind {@code planstudio report | export | import}: headless, no
 * workbench. Its result is the process's exit code.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // Charts are drawn off screen; without this AWT would look for a display.
        System.setProperty("java.awt.headless", "true");
        // POI logs through Log4j's API; with no Log4j implementation installed it would print
        // a warning about that on every run. The simple logger shows errors only.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        context.applicationRunning();
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] argv = args instanceof String[] strings ? strings : new String[0];
        return PlanStudioCli.standard().run(argv).code();
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt cleanly.
    }
}
