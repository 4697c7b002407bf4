package org.planstudio.ui.testing;

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
        assertTrue(classes.stream().anyMatch(c -> c.getName().equals("org.planstudio.ui.editor.WorkbenchTest")), classes.toString());
        assertEquals(List.of(), UiTestConventions.withoutUiTest(classes));
    }
}
