package org.planstudio.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.planstudio.team.TeamException;

/** Every administration message exists in English and in Chinese, and fills in its arguments. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TeamException.class.getResourceAsStream("internal/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertFalse(english.isEmpty());
        assertEquals(english.keySet(), chinese.keySet());
    }

    @Test
    void messagesNameWhatIsWrongInEitherLanguage() {
        TeamException e = new TeamException("userExists", "lihua");
        assertTrue(e.getMessage().startsWith("There is already a user (or role) named lihua"), e.getMessage());
        assertTrue(e.message(Locale.CHINESE).contains("lihua") && e.message(Locale.CHINESE).contains("已有"),
                e.message(Locale.CHINESE));
    }
}
