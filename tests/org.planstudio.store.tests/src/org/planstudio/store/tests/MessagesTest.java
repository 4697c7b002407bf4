package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.internal.Messages;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            // ISO-8859-1, as java.util.Properties reads it: the files must be pure ASCII with \\u escapes.
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
            assertTrue(chinese.getProperty(key).chars().anyMatch(c -> c > 0x2e80), key + " is not translated");
            assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(english.getProperty(key)), key);
        }
    }

    @Test
    void englishStaysEnglishOnAChineseDesktop() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            StoreException error = new StoreException(Reason.NOT_FOUND, "planNotFound", "p-1");
            assertEquals("There is no plan with id p-1 in the database.", error.getMessage());
            assertEquals("数据库中没有标识为 p-1 的规划。", error.getLocalizedMessage());
            assertEquals(error.getLocalizedMessage(), error.message(Locale.CHINA));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void conflictNamesTheWinner() {
        ConcurrentSaveException conflict = new ConcurrentSaveException("plan-1", 3, 5, "王五",
                java.time.Instant.parse("2025-03-01T02:00:00Z"));
        assertTrue(conflict.getMessage().startsWith("Plan plan-1 was saved by 王五 as revision 5"), conflict.getMessage());
        assertTrue(conflict.message(Locale.CHINESE).contains("王五") && conflict.message(Locale.CHINESE).contains("第 5 版"));
        assertNotEquals(conflict.getMessage(), conflict.message(Locale.CHINESE));
    }

    @Test
    void revisionNumbersAreNotFormattedAsAmounts() {
        assertEquals("Plan p has no revision 12345.",
                new StoreException(Reason.NOT_FOUND, "revisionNotFound", "p", 12345).getMessage());
    }
}
