package org.planstudio.docimport.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The paragraph styles of styles.xml: heading level (from the style's outline level or its name;
 * Chinese Word names heading styles "heading 1" but gives them ids "1", "2"), numbering, and
 * whether a style belongs to the table of contents. Follows w:basedOn.
 */
final class WordStyles {

    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_ID = Pattern.compile("(?:Heading)?([1-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOC = Pattern.compile("(?:toc|目录)\\s*(?:[1-9]|heading|标题)?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 16;

    private final Map<String, Element> byId = new HashMap<>();

    WordStyles(Optional<Document> styles) {
        styles.ifPresent(document -> {
            for (Element style : DocxReader.children(document.getDocumentElement())) {
                if ("style".equals(style.getLocalName())) {
                    byId.put(DocxReader.val(style, "styleId"), style);
                }
            }
        });
    }

    String name(String styleId) {
        return Optional.ofNullable(byId.get(styleId)).flatMap(s -> DocxReader.child(s, "name")).map(DocxReader::val)
                .orElse("");
    }

    /** 1..9, or 0 for a body style. */
    int headingLevel(String styleId) {
        String id = styleId;
        for (int depth = 0; depth < MAX_DEPTH && id != null && !id.isEmpty(); depth++) {
            Element style = byId.get(id);
            String name = name(id);
            Matcher byName = HEADING_NAME.matcher(name);
            if (byName.matches()) {
                return Integer.parseInt(byName.group(1));
            }
            if (style == null) {
                // No styles part (or an unknown id): trust the id alone when it says "Heading2".
                Matcher byId = HEADING_ID.matcher(id);
                return byId.matches() && id.toLowerCase(Locale.ROOT).startsWith("heading") ? Integer.parseInt(byId.group(1)) : 0;
            }
            Optional<Integer> outline = DocxReader.child(style, "pPr").flatMap(p -> DocxReader.child(p, "outlineLvl"))
                    .map(DocxReader::val).map(DocxReader::toInt).filter(l -> l >= 0 && l < 9);
            if (outline.isPresent()) {
                return outline.get() + 1;
            }
            id = basedOn(style);
        }
        return 0;
    }

    boolean isTableOfContents(String styleId) {
        if (styleId.isEmpty()) {
            return false;
        }
        String name = name(styleId);
        return TOC.matcher(name.isEmpty() ? styleId : name).matches() || styleId.toUpperCase(Locale.ROOT).startsWith("TOC");
    }

    Optional<WordNumbering.NumberRef> numbering(String styleId) {
        String id = styleId;
        for (int depth = 0; depth < MAX_DEPTH && id != null && !id.isEmpty(); depth++) {
            Element style = byId.get(id);
            if (style == null) {
                return Optional.empty();
            }
            Optional<Element> numPr = DocxReader.child(style, "pPr").flatMap(p -> DocxReader.child(p, "numPr"));
            if (numPr.isPresent()) {
                String numId = DocxReader.child(numPr.get(), "numId").map(DocxReader::val).orElse("");
                int ilvl = DocxReader.child(numPr.get(), "ilvl").map(DocxReader::val).map(DocxReader::toInt).orElse(0);
                return numId.isEmpty() || numId.equals("0") ? Optional.empty()
                        : Optional.of(new WordNumbering.NumberRef(numId, ilvl));
            }
            id = basedOn(style);
        }
        return Optional.empty();
    }

    private static String basedOn(Element style) {
        return DocxReader.child(style, "basedOn").map(DocxReader::val).orElse(null);
    }
}
