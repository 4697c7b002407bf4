package org.planstudio.ui.team;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/**
 * Where a person works: alone on this computer's embedded database, or on the office's
 * PostgreSQL server as one user. Holds no password: that lives in secure storage ({@link Passwords}).
 */
public final class Profile {

    public enum Kind {
        ALONE, OFFICE
    }

    private final Kind kind;
    private final Path folder;
    private final String host;
    private final int port;
    private final String database;
    private final String schema;
    private final String user;
    private final TlsMode tls;
    private final String caFile;

    private Profile(Kind kind, Path folder, String host, int port, String database, String schema, String user,
            TlsMode tls, String caFile) {
        this.kind = kind;
        this.folder = folder;
        this.host = host;
        this.port = port;
        this.database = database;
        this.schema = schema;
        this.user = user;
        this.tls = tls;
        this.caFile = caFile;
    }

    public static Profile alone(Path folder) {
        return new Profile(Kind.ALONE, Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize(), "",
                ServerAddress.DEFAULT_PORT, "", StoreConfig.DEFAULT_SCHEMA, "", TlsMode.DISABLE, "");
    }

    /**
     * @throws IllegalArgumentException naming the field that is wrong (host, port, database,
     *                                  schema or user), for the user to correct
     */
    public static Profile office(String host, int port, String database, String schema, String user, TlsMode tls,
            String caFile) {
        Profile profile = new Profile(Kind.OFFICE, null, Objects.requireNonNull(host, "host").strip(), port,
                Objects.requireNonNull(database, "database").strip(),
                Objects.requireNonNull(schema, "schema").strip(), Objects.requireNonNull(user, "user").strip(),
                Objects.requireNonNull(tls, "tls"), Objects.requireNonNull(caFile, "caFile").strip());
        profile.config("");
        return profile;
    }

    public Kind kind() {
        return kind;
    }

    /** The embedded database's folder (only for {@link Kind#ALONE}). */
    public Path folder() {
        if (kind != Kind.ALONE) {
            throw new IllegalStateException("an office profile has no folder");
        }
        return folder;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String schema() {
        return schema;
    }

    public String user() {
        return user;
    }

    public TlsMode tls() {
        return tls;
    }

    /** The office CA certificate (PEM) to check the server against; blank: the driver's default. */
    public String caFile() {
        return caFile;
    }

    /** The same server as another user (signing in as someone else). */
    public Profile withUser(String otherUser) {
        if (kind != Kind.OFFICE) {
            throw new IllegalStateException("working alone has no user");
        }
        return office(host, port, database, schema, otherUser, tls, caFile);
    }

    /** The store to open; {@code password} is ignored for {@link Kind#ALONE}. */
    public StoreConfig config(String password) {
        Objects.requireNonNull(password, "password");
        if (kind == Kind.ALONE) {
            return StoreConfig.embedded(folder);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException(Messages.Profile_noHost);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Messages.bind(Messages.Profile_badPort, port));
        }
        if (database.isEmpty()) {
            throw new IllegalArgumentException(Messages.Profile_noDatabase);
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException(Messages.Profile_noUser);
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(address());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.Profile_badAddress, e.getMessage()), e);
        }
        try {
            return StoreConfig.postgresql(address, user, password).withSchema(schema);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.Profile_badSchema, schema), e);
        }
    }

    private String address() {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        StringBuilder text = new StringBuilder(ServerAddress.SCHEME).append("://").append(shownHost).append(':')
                .append(port).append('/').append(database).append("?sslmode=").append(tls.sslmode());
        if (!caFile.isEmpty()) {
            text.append("&sslrootcert=").append(URLEncoder.encode(caFile, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Names the credentials in secure storage: one password per user and server. */
    String passwordKey() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile p && p.kind == kind && Objects.equals(p.folder, folder) && p.host.equals(host)
                && p.port == port && p.database.equals(database) && p.schema.equals(schema) && p.user.equals(user)
                && p.tls == tls && p.caFile.equals(caFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, folder, host, port, database, schema, user, tls, caFile);
    }

    @Override
    public String toString() {
        return kind == Kind.ALONE ? "Profile[alone " + folder + "]"
                : "Profile[" + passwordKey() + " schema " + schema + " " + tls.sslmode() + "]";
    }
}
