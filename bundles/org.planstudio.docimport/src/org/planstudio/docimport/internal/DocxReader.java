package org.planstudio.docimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.planstudio.docimport.DocumentImportException;
import org.planstudio.docimport.DocumentImportException.Reason;
import org.planstudio.docimport.SourceParagraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * All reading of .docx files, in one class so that the package limits and parser settings can be
 * kept in line with the other readers. The WordprocessingML is walked as DOM (POI's secure
 * parser: no DTDs, no external entities) rather than through XWPF, because the import needs what
 * XWPF hides or mixes: accepted text of tracked changes (w:ins kept, w:del and w:moveFrom
 * dropped), field results without their instructions, content controls, text boxes once (not
 * again from their VML fallback), and the table of contents left out.
 */
final class DocxReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    // Limits for a single part: a policy document is a few MB at most; a zip bomb expands far more.
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    private static final long MAX_TEXT_CHARS = DocumentFiles.MAX_TEXT_BYTES;

    private final WordStyles styles;
    private final WordNumbering numbering;
    private final List<SourceParagraph> paragraphs = new ArrayList<>();
    /** Open fields; true for a TOC field, whose result (the table of contents) is skipped. */
    private final Deque<Boolean> fields = new ArrayDeque<>();
    private boolean fieldInstruction;
    private String pendingText = "";
    private Element pendingProperties;

    private DocxReader(WordStyles styles, WordNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    static List<SourceParagraph> read(Path file, String name) throws DocumentImportException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentImportException(Reason.LEGACY_WORD, name, "", e);
        } catch (NotOfficeXmlFileException e) {
            // It starts like a zip: a zip of something else, or a .docx broken beyond reading as a zip.
            Reason reason = isReadableZip(file) ? Reason.NOT_A_DOCUMENT : Reason.DAMAGED;
            throw new DocumentImportException(reason, name, String.valueOf(e.getMessage()), e);
        } catch (InvalidFormatException | RuntimeException e) {
            throw failure(name, e);
        }
        try {
            PackagePart main = mainPart(pkg, name);
            WordStyles styles = new WordStyles(related(main, STYLES));
            WordNumbering numbering = new WordNumbering(related(main, NUMBERING));
            DocxReader reader = new DocxReader(styles, numbering);
            Element body = child(parse(main).getDocumentElement(), "body")
                    .orElseThrow(() -> new DocumentImportException(Reason.DAMAGED, name, "no w:body", null));
            reader.blocks(body);
            reader.flush();
            return reader.paragraphs;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            throw failure(name, e);
        } finally {
            // READ access: revert, never write back into the user's file.
            pkg.revert();
        }
    }

    private static boolean isReadableZip(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static DocumentImportException failure(String name, Exception e) {
        String message = String.valueOf(e.getMessage());
        Reason reason = message.contains("Zip bomb") || message.contains("too large") || message.contains("exceed")
                ? Reason.TOO_LARGE : Reason.DAMAGED;
        return new DocumentImportException(reason, name, e.getClass().getSimpleName() + ": " + message, e);
    }

    private static PackagePart mainPart(OPCPackage pkg, String name) throws DocumentImportException {
        PackageRelationshipCollection documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = documents.size() == 0 ? null : pkg.getPart(documents.getRelationship(0));
        if (main == null || !DOCUMENT_TYPES.contains(main.getContentType())) {
            throw new DocumentImportException(Reason.NOT_A_DOCUMENT, name,
                    main == null ? "no main document" : main.getContentType(), null);
        }
        return main;
    }

    private static Optional<Document> related(PackagePart main, String type)
            throws InvalidFormatException, IOException, SAXException {
        PackageRelationshipCollection relations = main.getRelationshipsByType(type);
        if (relations.size() == 0) {
            return Optional.empty();
        }
        PackagePart part = main.getRelatedPart(relations.getRelationship(0));
        return part == null ? Optional.empty() : Optional.of(parse(part));
    }

    private static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        }
    }

    // --- block level -------------------------------------------------------------------------

    private void blocks(Element parent) {
        for (Element element : children(parent)) {
            if (!W.equals(element.getNamespaceURI())) {
                if (MC.equals(element.getNamespaceURI()) && "AlternateContent".equals(element.getLocalName())) {
                    firstChoice(element).ifPresent(this::blocks);
                }
                continue;
            }
            switch (element.getLocalName()) {
            case "p" -> paragraph(element);
            case "tbl" -> table(element);
            case "sdt" -> {
                if (!isTableOfContents(element)) {
                    child(element, "sdtContent").ifPresent(this::blocks);
                }
            }
            case "customXml", "ins", "moveTo", "smartTag", "txbxContent" -> blocks(element);
            default -> {
                // w:del, w:moveFrom (deleted), w:sectPr, bookmarks, proofing marks: no text
            }
            }
        }
    }

    private void table(Element table) {
        for (Element row : children(table)) {
            if ("tr".equals(row.getLocalName())) {
                for (Element cell : children(row)) {
                    if ("tc".equals(cell.getLocalName())) {
                        blocks(cell);
                    } else if ("sdt".equals(cell.getLocalName())) {
                        child(cell, "sdtContent").ifPresent(this::table);
                    }
                }
            } else if ("sdt".equals(row.getLocalName()) || "customXml".equals(row.getLocalName())) {
                child(row, "sdtContent").ifPresent(this::table);
            }
        }
    }

    private static boolean isTableOfContents(Element sdt) {
        Optional<Element> gallery = child(sdt, "sdtPr").flatMap(p -> child(p, "docPartObj"))
                .flatMap(o -> child(o, "docPartGallery"));
        return gallery.map(g -> g.getAttributeNS(W, "val")).filter(v -> v.contains("Table of Contents")).isPresent();
    }

    // --- paragraphs --------------------------------------------------------------------------

    private void paragraph(Element p) {
        boolean insideToc = fields.contains(Boolean.TRUE);
        StringBuilder text = new StringBuilder();
        List<Element> textBoxes = new ArrayList<>();
        inline(p, text, textBoxes);
        Element properties = child(p, "pPr").orElse(null);
        boolean tocStyle = styles.isTableOfContents(styleId(properties));
        // The TOC field may end in this paragraph: it was still open when the paragraph began.
        boolean skip = insideToc || fields.contains(Boolean.TRUE) || tocStyle;
        if (!skip) {
            String joined = pendingText + text;
            Element props = pendingProperties != null ? pendingProperties : properties;
            if (markDeleted(properties)) {
                // The paragraph mark is a tracked deletion: accepted, this paragraph runs into the next.
                pendingText = joined;
                pendingProperties = props;
            } else {
                pendingText = "";
                pendingProperties = null;
                add(joined, props);
            }
        }
        for (Element box : textBoxes) {
            blocks(box);
        }
    }

    private void flush() {
        if (!pendingText.isEmpty()) {
            add(pendingText, pendingProperties);
            pendingText = "";
        }
    }

    private void add(String raw, Element properties) {
        String text = Paragraphs.clean(raw);
        String styleId = styleId(properties);
        int level = outlineLevel(properties).orElseGet(() -> styles.headingLevel(styleId));
        Optional<WordNumbering.NumberRef> ref = numberRef(properties, styleId);
        // Word counts a numbered paragraph even when its text is empty; the number is computed first.
        Optional<String> label = ref.flatMap(numbering::next);
        if (text.isEmpty() || "目录".equals(text.replace(" ", "").replace("\u3000", ""))) {
            return;
        }
        paragraphs.add(new SourceParagraph(text, styleId, styles.name(styleId), level, label.orElse(""),
                label.isPresent() ? ref.get().level() : -1));
    }

    private Optional<WordNumbering.NumberRef> numberRef(Element properties, String styleId) {
        Optional<Element> numPr = properties == null ? Optional.empty() : child(properties, "numPr");
        if (numPr.isPresent()) {
            String numId = child(numPr.get(), "numId").map(DocxReader::val).orElse("");
            int ilvl = child(numPr.get(), "ilvl").map(DocxReader::val).map(DocxReader::toInt).orElse(0);
            if (!numId.isEmpty()) {
                return numId.equals("0") ? Optional.empty() : Optional.of(new WordNumbering.NumberRef(numId, ilvl));
            }
        }
        return styles.numbering(styleId);
    }

    private static Optional<Integer> outlineLevel(Element properties) {
        return properties == null ? Optional.empty()
                : child(properties, "outlineLvl").map(DocxReader::val).map(DocxReader::toInt)
                        .filter(level -> level >= 0 && level < 9).map(level -> level + 1);
    }

    private static String styleId(Element properties) {
        return properties == null ? "" : child(properties, "pStyle").map(DocxReader::val).orElse("");
    }

    private static boolean markDeleted(Element properties) {
        return properties != null && child(properties, "rPr").flatMap(r -> child(r, "del")).isPresent();
    }

    private void inline(Element parent, StringBuilder text, List<Element> textBoxes) {
        for (Element element : children(parent)) {
            String ns = element.getNamespaceURI();
            String local = element.getLocalName();
            if (MC.equals(ns) && "AlternateContent".equals(local)) {
                firstChoice(element).ifPresent(choice -> inline(choice, text, textBoxes));
                continue;
            }
            if (!W.equals(ns)) {
                // drawings and VML shapes: only their text boxes hold text
                collectTextBoxes(element, textBoxes);
                continue;
            }
            switch (local) {
            case "r" -> run(element, text, textBoxes);
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir" ->
                inline(element, text, textBoxes);
            case "sdt" -> child(element, "sdtContent").ifPresent(content -> inline(content, text, textBoxes));
            case "pPr", "del", "moveFrom" -> {
                // properties and deleted text
            }
            default -> {
                // bookmarks, comments' ranges, proofing marks
            }
            }
        }
    }

    private void run(Element run, StringBuilder text, List<Element> textBoxes) {
        for (Element element : children(run)) {
            String local = element.getLocalName();
            if (MC.equals(element.getNamespaceURI()) && "AlternateContent".equals(local)) {
                firstChoice(element).ifPresent(choice -> collectTextBoxes(choice, textBoxes));
                continue;
            }
            if (!W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (local) {
            case "t" -> {
                if (!fieldInstruction) {
                    text.append(element.getTextContent());
                }
            }
            case "tab" -> text.append(' ');
            case "noBreakHyphen" -> text.append('-');
            case "fldChar" -> fieldChar(val(element, "fldCharType"));
            case "instrText" -> {
                if (fieldInstruction && !fields.isEmpty() && element.getTextContent().strip().startsWith("TOC")) {
                    fields.pop();
                    fields.push(Boolean.TRUE);
                }
            }
            case "drawing", "pict", "object" -> collectTextBoxes(element, textBoxes);
            default -> {
                // w:delText, w:rPr, w:br, w:sym, footnote references
            }
            }
        }
    }

    private void fieldChar(String type) {
        switch (type) {
        case "begin" -> {
            fields.push(Boolean.FALSE);
            fieldInstruction = true;
        }
        case "separate" -> fieldInstruction = false;
        case "end" -> {
            if (!fields.isEmpty()) {
                fields.pop();
            }
            fieldInstruction = false;
        }
        default -> {
            // unknown type: ignore
        }
        }
    }

    private static void collectTextBoxes(Element element, List<Element> textBoxes) {
        if (W.equals(element.getNamespaceURI()) && "txbxContent".equals(element.getLocalName())) {
            textBoxes.add(element);
            return;
        }
        if (MC.equals(element.getNamespaceURI()) && "Fallback".equals(element.getLocalName())) {
            return;
        }
        for (Element child : children(element)) {
            collectTextBoxes(child, textBoxes);
        }
    }

    private static Optional<Element> firstChoice(Element alternate) {
        return children(alternate).stream().filter(e -> "Choice".equals(e.getLocalName())).findFirst()
                .or(() -> children(alternate).stream().filter(e -> "Fallback".equals(e.getLocalName())).findFirst());
    }

    // --- DOM helpers ---------------------------------------------------------------------------

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static String val(Element element) {
        return val(element, "val");
    }

    static String val(Element element, String attribute) {
        return element.getAttributeNS(W, attribute);
    }

    static int toInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Map<String, Element> byAttribute(Element parent, String localName, String attribute) {
        Map<String, Element> result = new HashMap<>();
        for (Element element : children(parent)) {
            if (localName.equals(element.getLocalName())) {
                result.put(val(element, attribute), element);
            }
        }
        return result;
    }
}
