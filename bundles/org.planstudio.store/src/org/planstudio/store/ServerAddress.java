package org.planstudio.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL database on a server, as people write it: {@code postgresql://host[:port]/db}, with
 * optional {@code ?sslmode=verify-full&sslrootcert=/path/ca.crt} passed through to the driver.
 * Other query parameters are refused so that a typo does not silently weaken TLS.
 */
public final class ServerAddress {

    public static final String SCHEME = "postgresql";
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> PASSED_THROUGH = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey");

    private final String host;
    private final int port;
    private final String database;
    private final Map<String, String> options;

    private ServerAddress(String host, int port, String database, Map<String, String> options) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.options = Map.copyOf(options);
    }

    /** True if {@code text} names a server rather than a folder. */
    public static boolean isServer(String text) {
        return text != null && text.startsWith(SCHEME + "://");
    }

    /** @throws IllegalArgumentException with a message naming what is wrong */
    public static ServerAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!isServer(text)) {
            throw new IllegalArgumentException("not a postgresql://host/database address: " + text);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid address: " + text + " (" + e.getReason() + ")", e);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("no host in " + text);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("give the user with --user, not in the address: " + text);
        }
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("no database name in " + text + " (postgresql://host/database)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (!PASSED_THROUGH.contains(key)) {
                    throw new IllegalArgumentException("unknown option " + key + " in " + text
                            + " (known: " + String.join(", ", PASSED_THROUGH.stream().sorted().toList()) + ")");
                }
                options.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, options);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
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

    /** The TLS options given in the address (sslmode, sslrootcert, ...), for the driver. */
    public Map<String, String> options() {
        return options;
    }

    public String jdbcUrl() {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + shownHost + ":" + port + "/" + database;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerAddress a && a.host.equals(host) && a.port == port
                && a.database.equals(database) && a.options.equals(options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, database, options);
    }

    /** As the user wrote it, less the options. */
    @Override
    public String toString() {
        return SCHEME + "://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
