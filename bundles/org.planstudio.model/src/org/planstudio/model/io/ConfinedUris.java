package org.planstudio.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * A URI converter that opens only the files it was told about. A .plan file can name any URI
 * (an href to a web address, a schema location, a namespace); EMF would open those to resolve a
 * proxy or find a package. Here they are refused with an IOException, so no file ever makes Plan
 * Studio reach the network, and the validator reports the reference instead.
 */
final class ConfinedUris extends URIHandlerImpl {

    private final URIHandlerImpl files = new FileURIHandlerImpl();
    private final Set<URI> allowed = ConcurrentHashMap.newKeySet();

    private ConfinedUris() {
    }

    /** Confines the set (replacing its converter unless it is confined already) and allows {@code uri}. */
    static void confine(ResourceSet resourceSet, URI uri) {
        Objects.requireNonNull(resourceSet, "resourceSet");
        ConfinedUris handler = handlerOf(resourceSet.getURIConverter());
        if (handler == null) {
            handler = new ConfinedUris();
            resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(handler), ContentHandler.Registry.INSTANCE.contentHandlers()));
        }
        if (uri != null && uri.isFile()) {
            handler.allowed.add(uri);
        }
    }

    private static ConfinedUris handlerOf(URIConverter converter) {
        if (converter != null) {
            for (Object handler : converter.getURIHandlers()) {
                if (handler instanceof ConfinedUris confined) {
                    return confined;
                }
            }
        }
        return null;
    }

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    private void check(URI uri) throws IOException {
        if (!allowed.contains(uri)) {
            throw new IOException("refused to open " + uri + ": a plan file may only refer to itself");
        }
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        return files.createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        return files.createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        files.delete(uri, options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return allowed.contains(uri) && files.exists(uri, options);
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return allowed.contains(uri) ? files.getAttributes(uri, options) : Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        check(uri);
        files.setAttributes(uri, attributes, options);
    }
}
