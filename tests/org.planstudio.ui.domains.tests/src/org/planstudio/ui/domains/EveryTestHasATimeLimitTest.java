package org.planstudio.ui.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planstudio.ui.testsupport.UiTest;
import org.planstudio.ui.testsupport.UiTestConventions;

@UiTest
class EveryTestHasATimeLimitTest {

    @Test
    void everyTestClassOfThisBundleCarriesUiTest() throws Exception {
        List<Class<?>> classes = UiTestConventions.testClasses(getClass());
        assertTrue(classes.contains(WorkbenchDomainsTest.class), classes.toString());
        assertEquals(List.of(), UiTestConventions.withoutUiTest(classes));
    }
}
