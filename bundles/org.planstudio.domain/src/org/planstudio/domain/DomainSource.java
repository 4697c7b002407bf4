package org.planstudio.domain;

import java.util.Objects;

/** The plug-in a domain (or a failure) comes from, as its manifest names it. */
public record DomainSource(String bundle, String version, String provider) {

    public DomainSource {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(provider, "provider");
    }

    @Override
    public String toString() {
        return bundle + " " + version;
    }
}
