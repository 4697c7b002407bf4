package org.planstudio.ui.testsupport;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/** Lets a UI test bundle check that each of its test classes carries {@link UiTest}, so none can hang the build. */
public final class UiTestConventions {

    private UiTestConventions() {
    }

    /**
     * The classes named {@code *Test} with a {@code @Test} method in the bundle that loaded
     * {@code anyTestClass} (for a fragment: its host with all its fragments).
     */
    public static List<Class<?>> testClasses(Class<?> anyTestClass) throws ClassNotFoundException {
        Objects.requireNonNull(anyTestClass, "anyTestClass");
        Bundle bundle = Objects.requireNonNull(FrameworkUtil.getBundle(anyTestClass), "not loaded by a bundle");
        String root = "/" + anyTestClass.getPackageName().split("\\.")[0];
        List<Class<?>> classes = new ArrayList<>();
        for (String resource : bundle.adapt(BundleWiring.class).listResources(root, "*Test.class",
                BundleWiring.LISTRESOURCES_RECURSE)) {
            Class<?> type = bundle.loadClass(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
            if (isTestClass(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    public static List<String> withoutUiTest(List<Class<?>> testClasses) {
        return testClasses.stream().filter(c -> !AnnotationSupport.isAnnotated(c, UiTest.class)).map(Class::getName).toList();
    }

    private static boolean isTestClass(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers()) || type.isAnnotation()) {
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (AnnotationSupport.isAnnotated(method, Test.class)) {
                return true;
            }
        }
        return false;
    }
}
