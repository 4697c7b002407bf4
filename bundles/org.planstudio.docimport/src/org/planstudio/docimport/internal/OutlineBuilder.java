package org.planstudio.docimport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planstudio.docimport.DocumentOutline;
import org.planstudio.docimport.OutlineNode;
import org.planstudio.docimport.SourceParagraph;

/**
 * Recognises the headings among the paragraphs and nests them. A heading's level comes from its
 * style or outline level when Word gives one, otherwise from its marker (typed, or the number
 * Word's list numbering shows). A typed number that breaks its level's sequence but continues a
 * higher level's is taken as the higher level: drafts hold slips such as "3、" for 三、.
 */
public final class OutlineBuilder {

    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
            "^(?:[（(]?\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[）)]?"
                    + "|(?:[\\p{IsHan}（）()]{2,30}(?:委员会|管委会|人民政府|政府|办公厅|办公室|局|厅|委|部|署)[\\s\\u3000]*)+)$");

    private final List<String> head = new ArrayList<>();
    private final OutlineNode root = new OutlineNode(0, 0, "", "");
    private final List<OutlineNode> open = new ArrayList<>(List.of(root));
    /** The number of the last heading at each level anywhere: plans often number tasks on across areas. */
    private final int[] lastAtLevel = new int[10];

    private OutlineBuilder() {
    }

    public static DocumentOutline build(List<SourceParagraph> paragraphs) {
        OutlineBuilder builder = new OutlineBuilder();
        int end = paragraphs.size();
        // The signature (落款) closes the document: issuers' names and the date, short lines without a marker.
        while (end > 0 && isSignature(paragraphs.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            end = paragraphs.size();
        }
        paragraphs.subList(0, end).forEach(builder::accept);
        List<String> tail = paragraphs.subList(end, paragraphs.size()).stream().map(SourceParagraph::text).toList();
        return new DocumentOutline(builder.head, builder.root.children(), tail);
    }

    private static boolean isSignature(SourceParagraph paragraph) {
        String text = paragraph.text();
        return paragraph.headingLevel() == 0 && paragraph.listLabel().isEmpty() && text.length() <= 40
                && Markers.parse(text).isEmpty() && SIGNATURE.matcher(text).matches();
    }

    private void accept(SourceParagraph paragraph) {
        String text = paragraph.listLabel().isEmpty() ? paragraph.text()
                : Paragraphs.strip(paragraph.listLabel()) + paragraph.text();
        Optional<Markers.Marker> marker = Markers.parse(text);
        if (paragraph.headingLevel() > 0) {
            String rest = marker.map(Markers.Marker::rest).orElse(text);
            int number = marker.map(Markers.Marker::number).orElseGet(() -> expected(paragraph.headingLevel()));
            heading(paragraph.headingLevel(), number, marker.map(Markers.Marker::marker).orElse(""), rest);
        } else if (marker.isPresent()) {
            Markers.Marker found = marker.get();
            int level = found.level();
            if (paragraph.listLabel().isEmpty() && found.number() != expected(level)
                    && found.number() != lastAtLevel[level] + 1) {
                for (int higher = level - 1; higher >= 1; higher--) {
                    if (found.number() > 1 && found.number() == expected(higher)) {
                        level = higher;
                        break;
                    }
                }
            }
            heading(level, found.number(), found.marker(), found.rest());
        } else {
            body(text);
        }
    }

    private void heading(int level, int number, String marker, String rest) {
        String[] parts = Markers.splitHeading(rest);
        while (open.get(open.size() - 1).level() >= level) {
            open.remove(open.size() - 1);
        }
        OutlineNode node = new OutlineNode(level, number, marker, parts[0]);
        if (!parts[1].isEmpty()) {
            node.addBody(parts[1]);
        }
        open.get(open.size() - 1).addChild(node);
        open.add(node);
        lastAtLevel[Math.min(level, lastAtLevel.length - 1)] = number;
    }

    private void body(String text) {
        OutlineNode current = open.get(open.size() - 1);
        if (current == root) {
            head.add(text);
        } else {
            current.addBody(text);
        }
    }

    /** The number the next heading at this level would have under the current parent. */
    private int expected(int level) {
        OutlineNode parent = root;
        for (OutlineNode node : open) {
            if (node.level() < level) {
                parent = node;
            }
        }
        List<OutlineNode> siblings = parent.children();
        if (siblings.isEmpty()) {
            return 1;
        }
        OutlineNode last = siblings.get(siblings.size() - 1);
        return last.level() == level ? last.number() + 1 : 1;
    }
}
