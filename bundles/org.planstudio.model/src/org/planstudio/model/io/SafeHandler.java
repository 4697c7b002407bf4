package org.planstudio.model.io;


import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.planstudio.model.check.PlanLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stands between the parser and EMF's handler and stops the parse when a document goes past
 * {@link PlanLimits}: nesting depth, element count, value length, or the time the parse may
 * take (checked on every event, so a document that EMF is slow to take in stops as well).
 * Entities are never resolved: there is no DOCTYPE to declare them.
 */
final class SafeHandler extends DefaultHandler implements LexicalHandler {

    /** A parse stopped by a limit; PlanResources reports it as {@code LIMIT_EXCEEDED}. */
    static final class LimitException extends SAXParseException {

        private static final long serialVersionUID = 1L;

        LimitException(String message, Locator locator) {
            super(message, locator);
        }
    }

    private final XMLDefaultHandler delegate;
    private final long deadline;
    private Locator locator;
    private int depth;
    private long elements;
    private int run;

    SafeHandler(XMLDefaultHandler delegate) {
        this.delegate = delegate;
        this.deadline = System.nanoTime() + PlanLimits.MAX_PARSE_SECONDS * 1_000_000_000L;
    }

    private void tick() throws SAXException {
        if (System.nanoTime() - deadline > 0) {
            throw new LimitException("reading took longer than " + PlanLimits.MAX_PARSE_SECONDS + " s", locator);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        delegate.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        tick();
        run = 0;
        if (++depth > PlanLimits.MAX_ELEMENT_DEPTH) {
            throw new LimitException("elements nested deeper than " + PlanLimits.MAX_ELEMENT_DEPTH, locator);
        }
        if (++elements > PlanLimits.MAX_ELEMENTS) {
            throw new LimitException("more than " + PlanLimits.MAX_ELEMENTS + " elements", locator);
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getValue(i).length() > PlanLimits.MAX_VALUE_CHARS) {
                throw new LimitException("attribute " + attributes.getQName(i) + " longer than "
                        + PlanLimits.MAX_VALUE_CHARS + " characters", locator);
            }
        }
        delegate.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        tick();
        depth--;
        run = 0;
        delegate.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        tick();
        run += length;
        if (run > PlanLimits.MAX_VALUE_CHARS || run < 0) {
            throw new LimitException("element text longer than " + PlanLimits.MAX_VALUE_CHARS + " characters", locator);
        }
        delegate.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        tick();
        delegate.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startDocument() throws SAXException {
        delegate.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        delegate.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        delegate.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        delegate.endPrefixMapping(prefix);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        tick();
        delegate.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        delegate.skippedEntity(name);
    }

    /** Nothing outside the document is ever read. */
    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
        throw new LimitException("external entity " + systemId + " refused", locator);
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
        delegate.notationDecl(name, publicId, systemId);
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName)
            throws SAXException {
        delegate.unparsedEntityDecl(name, publicId, systemId, notationName);
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        delegate.warning(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        delegate.error(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        delegate.fatalError(e);
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        delegate.startDTD(name, publicId, systemId);
    }

    @Override
    public void endDTD() throws SAXException {
        delegate.endDTD();
    }

    @Override
    public void startEntity(String name) throws SAXException {
        delegate.startEntity(name);
    }

    @Override
    public void endEntity(String name) throws SAXException {
        delegate.endEntity(name);
    }

    @Override
    public void startCDATA() throws SAXException {
        delegate.startCDATA();
    }

    @Override
    public void endCDATA() throws SAXException {
        delegate.endCDATA();
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        tick();
        delegate.comment(ch, start, length);
    }

}
