package org.planstudio.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XMI load with {@link SafeSax}'s parser and {@link SafeHandler}'s limits. Options that
 * would bring another parser or other features back (a parser pool, parser features and
 * properties) are dropped. Value errors are left in the resource's errors rather than thrown at
 * the first, so that PlanResources can report them all.
 */
final class SafeXmiLoad extends XMILoadImpl {

    SafeXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    public void load(XMLResource resource, InputStream inputStream, Map<?, ?> options) throws IOException {
        super.load(resource, inputStream, safe(options));
    }

    @Override
    public void load(XMLResource resource, InputSource inputSource, Map<?, ?> options) throws IOException {
        super.load(resource, inputSource, safe(options));
    }

    private static Map<Object, Object> safe(Map<?, ?> options) {
        Map<Object, Object> safe = new HashMap<>(options == null ? Map.of() : options);
        safe.remove(XMLResource.OPTION_USE_PARSER_POOL);
        safe.remove(XMLResource.OPTION_PARSER_FEATURES);
        safe.remove(XMLResource.OPTION_PARSER_PROPERTIES);
        safe.remove(XMLResource.OPTION_RESOLVE_ENTITIES);
        safe.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return safe;
    }

    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        return SafeSax.newParser();
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new SafeHandler((XMLDefaultHandler) super.makeDefaultHandler());
    }

    @Override
    protected void handleErrors() {
        // PlanResources turns every recorded error into a problem.
    }
}
