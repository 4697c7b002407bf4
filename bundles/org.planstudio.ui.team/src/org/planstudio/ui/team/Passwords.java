package org.planstudio.ui.team;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Server passwords in Eclipse secure storage, one per user and server, always encrypted (never in
 * the plain preferences). Which master key encrypts them is the storage's provider: see
 * {@link KeyFileProvider} and docs/team.md.
 */
public final class Passwords {

    private static final String NODE = "org.planstudio.ui.team/passwords";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    public Passwords(ISecurePreferences root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public static Passwords defaults() {
        return new Passwords(SecurePreferencesFactory.getDefault());
    }

    /** Empty also when the storage cannot be read (another master key): the user then signs in. */
    public Optional<String> find(Profile profile) {
        String path = path(profile);
        if (!root.nodeExists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(path).get(PASSWORD, null));
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    public void remember(Profile profile, String password) throws StorageException, IOException {
        root.node(path(profile)).put(PASSWORD, Objects.requireNonNull(password, "password"), true);
        root.flush();
    }

    public void forget(Profile profile) throws IOException {
        String path = path(profile);
        if (root.nodeExists(path)) {
            root.node(path).removeNode();
            root.flush();
        }
    }

    private static String path(Profile profile) {
        return NODE + "/" + EncodingUtils.encodeSlashes(profile.passwordKey());
    }
}
