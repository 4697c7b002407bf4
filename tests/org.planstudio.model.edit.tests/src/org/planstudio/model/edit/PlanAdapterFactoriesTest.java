package org.planstudio.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;

class PlanAdapterFactoriesTest {

    private Locale saved;
    private ComposedAdapterFactory factory;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        factory = PlanAdapterFactories.create();
    }

    @AfterEach
    void tearDown() {
        Locale.setDefault(saved);
        factory.dispose();
    }

    private String text(Object element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }

    @Test
    void elementsAreLabelledByTheirNamesInTheUsersLanguage() {
        KeyTask task = PlanFactory.eINSTANCE.createKeyTask();
        task.setId("t4");
        task.setNumber(4);
        task.setTitle(Texts.of("加强医药健康产业创新合作", "Strengthen health innovation cooperation"));
        Organization org = PlanFactory.eINSTANCE.createOrganization();
        org.setId("org.bjstc");
        org.setName(Texts.of("北京市科学技术委员会", "Beijing Municipal Science and Technology Commission"));

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("4. 加强医药健康产业创新合作", text(task));
        assertEquals("北京市科学技术委员会", text(org));
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("4. Strengthen health innovation cooperation", text(task));
    }

    @Test
    void chineseLabelsCoverEveryEnglishKey() throws IOException {
        Set<String> english = keys("OSGI-INF/l10n/bundle.properties");
        Set<String> chinese = keys("OSGI-INF/l10n/bundle_zh.properties");
        assertTrue(english.size() > 100, "the edit bundle labels the whole model");
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(chinese);
        assertEquals(Set.of(), missing);
    }

    private static Set<String> keys(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanAdapterFactories.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
