package org.planstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/** The tests run inside Plan Studio's own application, on the product's bundles, not the Eclipse IDE. */
@UiTest
class PlanStudioRuntimeTest {

    @Test
    void theRunningProductIsPlanStudio() {
        assertNotNull(Platform.getProduct(), "a product is running");
        assertEquals("org.planstudio.ui.product", Platform.getProduct().getId());
        assertEquals("org.planstudio.ui.application", Platform.getProduct().getApplication());
    }

    @Test
    void theWindowHasTheMenuBarPlanStudiosAdvisorBuilds() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        List<String> ids = Arrays.stream(bar.getItems()).map(MenuItem::getData)
                .map(data -> data instanceof MenuManager manager ? manager.getId() : String.valueOf(data)).toList();
        assertEquals(List.of(IWorkbenchActionConstants.M_FILE, IWorkbenchActionConstants.M_EDIT,
                IWorkbenchActionConstants.M_WINDOW, IWorkbenchActionConstants.M_HELP), ids,
                "PlanStudioActionBarAdvisor's four menus (the IDE's has Navigate, Search, Project, Run …)");
        assertEquals(Messages.Menu_file, bar.getItem(0).getText());
        assertEquals(Messages.Menu_help, bar.getItem(3).getText());
    }

    @Test
    void theIdeIsNotInTheTestRuntime() {
        Bundle[] bundles = FrameworkUtil.getBundle(PlanStudioRuntimeTest.class).getBundleContext().getBundles();
        List<String> names = Arrays.stream(bundles).map(Bundle::getSymbolicName).toList();
        assertTrue(names.contains("org.planstudio.ui") && names.contains("org.eclipse.ui.workbench"), names.toString());
        for (String ide : List.of("org.eclipse.ui.ide.application", "org.eclipse.ui.ide", "org.eclipse.core.resources")) {
            assertTrue(!names.contains(ide), ide + " is not shipped with the product, so it must not be under test");
        }
    }

    @Test
    void theStoreIsTheBuildsThrowAwayDatabase() throws Exception {
        assertEquals(Workbench.database(), StoreAccess.store().config().databaseFolder());
        assertTrue(Workbench.database().toString().contains("/target/work/data/"), Workbench.database().toString());
        assertEquals(StoreConfig.defaults().databaseFolder(), Workbench.database());
    }
}
