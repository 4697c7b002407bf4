package org.planstudio.model.io;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.planstudio.model.check.PlanLimits;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The SAX parser every .plan read uses: the JDK's own (so that its jdk.xml limits apply whatever
 * else is on the class path), no DOCTYPE at all (XMI needs none, and without one there are no
 * entities to expand or fetch), no external DTD, schema or entity access.
 */
final class SafeSax {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SafeSax() {
    }

    static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(EXTERNAL_GENERAL, false);
        factory.setFeature(EXTERNAL_PARAMETER, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Belt and braces behind the DOCTYPE refusal; the handler counts as well (SafeHandler).
        limit(parser, "jdk.xml.maxElementDepth", PlanLimits.MAX_ELEMENT_DEPTH);
        // The parser counts character references (&#10;) as entities too, hence not zero.
        limit(parser, "jdk.xml.entityExpansionLimit", 64_000);
        limit(parser, "jdk.xml.maxGeneralEntitySizeLimit", PlanLimits.MAX_VALUE_CHARS);
        limit(parser, "jdk.xml.maxParameterEntitySizeLimit", 1_000);
        limit(parser, "jdk.xml.totalEntitySizeLimit", PlanLimits.MAX_VALUE_CHARS);
        limit(parser, "jdk.xml.elementAttributeLimit", 100);
        return parser;
    }

    private static void limit(SAXParser parser, String name, int value) throws SAXException {
        try {
            parser.setProperty(name, Integer.toString(value));
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // An older JDK that only knows the system property: SafeHandler's own counts still hold.
        }
    }
}
