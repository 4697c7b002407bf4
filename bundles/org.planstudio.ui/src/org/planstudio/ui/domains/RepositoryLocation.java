package org.planstudio.ui.domains;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What staff type as a repository location: a folder, a zipped repository or a URL. */
final class RepositoryLocation {

    private RepositoryLocation() {
    }

    static Optional<URI> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
        if (Files.isDirectory(path)) {
            return Optional.of(path.toAbsolutePath().toUri());
        }
        if (Files.isRegularFile(path) && text.endsWith(".zip")) {
            return Optional.of(URI.create("jar:" + path.toAbsolutePath().toUri() + "!/"));
        }
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getScheme().length() > 1 ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
