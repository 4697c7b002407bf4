package org.planstudio.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.NoticeStatus;

/** Every text is there in English and Chinese, with the same placeholders. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
    }

    @Test
    void labelsAreInTheLanguageAskedFor() {
        assertEquals("红灯", Light.RED.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Red", Light.RED.label(Locale.ENGLISH));
        assertEquals("逾期未报送", Flag.UNREPORTED.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("已签收", NoticeLifecycle.label(NoticeStatus.SIGNED, Locale.SIMPLIFIED_CHINESE));
        assertFalse(Flag.LAGGING.label(Locale.ENGLISH).isBlank());
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader()
                .getResourceAsStream("org/planstudio/supervision/internal/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
