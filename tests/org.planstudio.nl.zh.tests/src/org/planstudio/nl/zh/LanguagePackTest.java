package org.planstudio.nl.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The language-pack fragments stay in step with the platform they translate: each is attached to
 * its host, and every translated key is one the host still has, with the same placeholders and a
 * mnemonic where the English has one. Catches a platform upgrade that renames keys.
 */
@UiTest
class LanguagePackTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern MNEMONIC = Pattern.compile("&[^&\\s]");

    @ParameterizedTest
    @ValueSource(strings = { "jface", "ui", "ui.workbench", "ui.views", "ui.forms", "e4.ui.workbench.renderers.swt",
            "e4.ui.workbench.addons.swt", "core.jobs" })
    void fragmentIsAttachedAndMatchesItsHost(String hostShortName) throws IOException {
        Bundle fragment = Platform.getBundle("org.planstudio.nl.zh." + hostShortName);
        assertNotNull(fragment, "the language pack is in the runtime");
        Bundle host = host(fragment);
        assertEquals("org.eclipse." + hostShortName, host.getSymbolicName());

        List<URL> files = Collections.list(fragment.findEntries("/", "*_zh.properties", true));
        assertFalse(files.isEmpty());
        for (URL file : files) {
            String path = file.getPath();
            URL base = host.getEntry(path.replace("_zh.properties", ".properties"));
            assertNotNull(base, "the host has " + path + " in English");
            checkAgainstHost(path, load(file), load(base));
            // NLS and ResourceBundle look the file up through the host's class loader.
            assertNotNull(host.adapt(BundleWiring.class).getClassLoader().getResource(path.substring(1)),
                    "the host's class loader sees " + path);
        }
    }

    private static Bundle host(Bundle fragment) {
        BundleWiring wiring = fragment.adapt(BundleWiring.class);
        assertNotNull(wiring, fragment.getSymbolicName() + " is resolved (its Fragment-Host range fits the platform)");
        List<BundleWire> hosts = wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
        assertEquals(1, hosts.size(), fragment.getSymbolicName() + " is attached to its host");
        return hosts.get(0).getProvider().getBundle();
    }

    private static void checkAgainstHost(String path, Properties chinese, Properties english) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
            String zh = chinese.getProperty(key);
            String en = english.getProperty(key);
            if (en == null) {
                problems.add(key + ": not a key of the host");
                continue;
            }
            if (!placeholders(en).containsAll(placeholders(zh)) || !placeholders(zh).contains("{0}") && en.contains("{0}")) {
                problems.add(key + ": placeholders " + placeholders(zh) + " but the host has " + placeholders(en));
            }
            if (MNEMONIC.matcher(en).find() != MNEMONIC.matcher(zh).find()) {
                problems.add(key + ": mnemonic differs from \"" + en + "\"");
            }
        }
        assertTrue(problems.isEmpty(), path + ": " + problems);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Loads as Eclipse NLS and OSGi localisation do: ISO-8859-1, so the files must hold \\u escapes only. */
    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                if (b < 0) {
                    throw new AssertionError(url + " has non-ASCII bytes; write Chinese as \\u escapes");
                }
            }
            properties.load(new java.io.ByteArrayInputStream(bytes));
        }
        return properties;
    }

    @Test
    void hostsLookUpChineseThroughTheirOwnLoaders() {
        assertEquals("完成(&F)", JFaceResources.getString("finish"), "JFace's ResourceBundle");
        assertEquals("属性", PlatformUI.getWorkbench().getViewRegistry().find(IPageLayout.ID_PROP_SHEET).getLabel(),
                "plugin_zh.properties of org.eclipse.ui.views, through the extension registry");
    }
}
