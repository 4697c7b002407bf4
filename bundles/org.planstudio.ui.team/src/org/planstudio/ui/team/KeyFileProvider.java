package org.planstudio.ui.team;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The secure storage's master key for a Linux desktop without a keyring and for headless runs:
 * a random key in a file beside the storage, readable by its owner only (0600), made on first use.
 * The target platform has no keyring provider, and Equinox's own UI provider would ask for a master
 * password on every start; this one asks nothing. It keeps the password out of the preferences and
 * out of a copied storage file, not from someone who can read the user's files (docs/team.md).
 * Its priority is the lowest, so an installed keyring provider takes precedence.
 */
public final class KeyFileProvider extends PasswordProvider {

    static final String MODULE_ID = "org.planstudio.ui.team.keyFile";
    static final String KEY_FILE = "planstudio-master-key";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(key(keyFile(container.getLocation())).toCharArray());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Secure storage then refuses to store: the user is asked for the password at each sign-in.
            ILog.of(KeyFileProvider.class).error("no secure storage key beside " + container.getLocation(), e);
            return null;
        }
    }

    static Path keyFile(URL storage) throws URISyntaxException {
        return Path.of(storage.toURI()).resolveSibling(KEY_FILE);
    }

    private static synchronized String key(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // another Plan Studio made it a moment ago: use that one
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
