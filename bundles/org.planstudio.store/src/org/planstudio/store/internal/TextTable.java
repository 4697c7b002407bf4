package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Batched inserts into REGISTRY_TEXT and REGISTRY_TRANSLATION; translations after their texts. */
final class TextTable implements AutoCloseable {

    private final PreparedStatement texts;
    private final PreparedStatement translations;

    TextTable(Connection connection) throws SQLException {
        texts = connection.prepareStatement("INSERT INTO REGISTRY_TEXT (OWNER_KEY, FEATURE, ZH) VALUES (?, ?, ?)");
        translations = connection.prepareStatement("INSERT INTO REGISTRY_TRANSLATION"
                + " (OWNER_KEY, FEATURE, SEQ, LANGUAGE, TEXT, SOURCE_DIGEST) VALUES (?, ?, ?, ?, ?, ?)");
    }

    void add(long ownerKey, String feature, TextRow text) throws SQLException {
        texts.setLong(1, ownerKey);
        texts.setString(2, feature);
        texts.setString(3, text.zh());
        texts.addBatch();
        int seq = 0;
        for (TextRow.TranslationRow row : text.translations()) {
            translations.setLong(1, ownerKey);
            translations.setString(2, feature);
            translations.setInt(3, seq++);
            translations.setString(4, row.language());
            translations.setString(5, row.text());
            translations.setString(6, row.sourceDigest());
            translations.addBatch();
        }
    }

    void flush() throws SQLException {
        texts.executeBatch();
        translations.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (texts; translations) {
            // closes both, even if one fails
        }
    }
}
