package org.planstudio.ui.team;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/** The chosen profile in the workbench's preferences (no password: see {@link Passwords}). */
public final class Profiles {

    static final String NODE = "org.planstudio.ui.team";
    private static final String KIND = "profile.kind";
    private static final String FOLDER = "profile.folder";
    private static final String HOST = "profile.host";
    private static final String PORT = "profile.port";
    private static final String DATABASE = "profile.database";
    private static final String SCHEMA = "profile.schema";
    private static final String USER = "profile.user";
    private static final String TLS = "profile.tls";
    private static final String CA_FILE = "profile.caFile";

    private final Preferences node;

    public Profiles(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public static Profiles instance() {
        return new Profiles(InstanceScope.INSTANCE.getNode(NODE));
    }

    /** Empty until someone chose (on the first start, or in the preferences). */
    public Optional<Profile> chosen() {
        String kind = node.get(KIND, "");
        if (kind.equals(Profile.Kind.ALONE.name())) {
            return Optional.of(Profile.alone(Path.of(node.get(FOLDER, defaultFolder().toString()))));
        }
        return kind.equals(Profile.Kind.OFFICE.name()) ? office() : Optional.empty();
    }

    private Optional<Profile> office() {
        try {
            return Optional.of(Profile.office(node.get(HOST, ""), node.getInt(PORT, ServerAddress.DEFAULT_PORT),
                    node.get(DATABASE, ""), node.get(SCHEMA, StoreConfig.DEFAULT_SCHEMA), node.get(USER, ""),
                    TlsMode.of(node.get(TLS, "")).orElse(TlsMode.REQUIRE), node.get(CA_FILE, "")));
        } catch (IllegalArgumentException e) {
            // Edited by hand into something unusable: ask again rather than fail every start.
            return Optional.empty();
        }
    }

    public void save(Profile profile) throws BackingStoreException {
        node.put(KIND, profile.kind().name());
        if (profile.kind() == Profile.Kind.ALONE) {
            node.put(FOLDER, profile.folder().toString());
        } else {
            node.put(HOST, profile.host());
            node.putInt(PORT, profile.port());
            node.put(DATABASE, profile.database());
            node.put(SCHEMA, profile.schema());
            node.put(USER, profile.user());
            node.put(TLS, profile.tls().sslmode());
            node.put(CA_FILE, profile.caFile());
        }
        node.flush();
    }

    /** The last office settings, to fill the fields when someone switches from working alone. */
    public Optional<Profile> lastOffice() {
        return node.get(HOST, "").isEmpty() ? Optional.empty() : office();
    }

    /** The embedded folder when nothing else is said: the one StoreConfig.defaults() picks. */
    public static Path defaultFolder() {
        return StoreConfig.defaults().databaseFolder();
    }
}
