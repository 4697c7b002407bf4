package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.ui.testsupport.UiTest;

/** Passwords go to secure storage, encrypted with the key file provider, and come back. */
@UiTest
class PasswordsTest {

    @TempDir
    Path temp;

    static ISecurePreferences storage(Path file) throws Exception {
        return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, false,
                IProviderHints.REQUIRED_MODULE_ID, KeyFileProvider.MODULE_ID));
    }

    @Test
    void passwordRoundTripIsEncryptedOnDisk() throws Exception {
        Path file = temp.resolve("secure_storage");
        Passwords passwords = new Passwords(storage(file));
        Profile profile = Profile.office("db.office", 5432, "plans", "planstudio", "zhangwei", TlsMode.REQUIRE, "");
        assertEquals(Optional.empty(), passwords.find(profile));

        passwords.remember(profile, "口令-s3cret");

        assertEquals(Optional.of("口令-s3cret"), passwords.find(profile));
        String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("s3cret"), "the password is not stored in plain text");
        Path key = temp.resolve(KeyFileProvider.KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(Optional.empty(), passwords.find(profile.withUser("lihua")), "one password per user");

        passwords.forget(profile);
        assertEquals(Optional.empty(), passwords.find(profile));
    }

    @Test
    void withoutAKeyringTheStorageEncryptsWithoutAsking() throws Exception {
        // What the product gets under Xvfb without a keyring: no provider would mean no encryption at all.
        ISecurePreferences node = SecurePreferencesFactory.open(temp.resolve("other").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, false)).node("probe");
        node.put("value", "x", true);
        assertTrue(node.isEncrypted("value"));
        assertEquals("x", node.get("value", null));
    }
}
