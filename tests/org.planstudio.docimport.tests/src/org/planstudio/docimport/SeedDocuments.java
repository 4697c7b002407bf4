package org.planstudio.docimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The seed (the drafting explanation shipped in org.planstudio.samples) as the files users
 * bring: plain text, and .docx files made with POI, with markers typed, with heading styles,
 * with Word list numbering, and with the things real files hold (tracked changes, a table of
 * contents, runs that split a marker, a content control, a text box, a field).
 */
final class SeedDocuments {

    /** The seed's headings as a drafter would type them; the test knows them, the importer must find them. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+、)|(3、\\s*)|(（[一二三四五六七八九十]+）)|(\\d+\\.))(.*)$");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private SeedDocuments() {
    }

    static List<String> lines() throws IOException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(SeedDocuments.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("documents/drafting-explanation.txt");
        try (InputStream in = entry.openStream()) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // the converter's bookmark is not part of what a drafter types in Word
                String clean = line.replace("[bookmark: _GoBack]", "").strip();
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
            return lines;
        }
    }

    static Path text(Path folder) throws IOException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(SeedDocuments.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        Path file = folder.resolve("起草说明.txt");
        try (InputStream in = samples.getEntry("documents/drafting-explanation.txt").openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** One paragraph per line, markers typed. */
    static XWPFDocument typed() throws IOException {
        XWPFDocument document = new XWPFDocument();
        for (String line : lines()) {
            document.createParagraph().createRun().setText(line);
        }
        return document;
    }

    /** Headings without typed markers, in heading styles: ids "1", "2" as Chinese Word writes them, "Heading3". */
    static XWPFDocument headingStyles() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        addStyle(styles, "1", "heading 1");
        addStyle(styles, "2", "heading 2");
        addStyle(styles, "Heading3", "heading 3");
        for (String line : lines()) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                document.createParagraph().createRun().setText(line);
                continue;
            }
            int level = heading.group(1) != null || heading.group(2) != null ? 1 : heading.group(3) != null ? 2 : 3;
            String rest = heading.group(5).strip();
            String title = rest;
            String body = "";
            if (level == 3 && rest.contains("。")) {
                title = rest.substring(0, rest.indexOf('。'));
                body = rest.substring(rest.indexOf('。') + 1);
            }
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(level == 1 ? "1" : level == 2 ? "2" : "Heading3");
            paragraph.createRun().setText(title);
            if (!body.isEmpty()) {
                document.createParagraph().createRun().setText(body);
            }
        }
        return document;
    }

    /** Headings numbered by Word: 一、 （一） 1. computed from the numbering part, not typed. */
    static XWPFDocument listNumbering() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
        level(abstractNum, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
        level(abstractNum, 2, STNumberFormat.DECIMAL, "%3.");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        BigInteger numId = numbering.addNum(abstractId);
        for (String line : lines()) {
            Matcher heading = HEADING.matcher(line);
            XWPFParagraph paragraph = document.createParagraph();
            if (!heading.matches()) {
                paragraph.createRun().setText(line);
                continue;
            }
            int level = heading.group(1) != null || heading.group(2) != null ? 0 : heading.group(3) != null ? 1 : 2;
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(level));
            paragraph.createRun().setText(heading.group(5).strip());
        }
        return document;
    }

    /** Every line cut into runs of two characters: markers such as （二） end up in pieces. */
    static XWPFDocument splitRuns() throws IOException {
        XWPFDocument document = new XWPFDocument();
        for (String line : lines()) {
            XWPFParagraph paragraph = document.createParagraph();
            for (int i = 0; i < line.length(); i += 2) {
                paragraph.createRun().setText(line.substring(i, Math.min(line.length(), i + 2)));
            }
        }
        return document;
    }

    /**
     * The typed document with what real files hold around the same text: a table of contents
     * (a TOC field and TOC-styled lines), tracked changes (an inserted principle kept, a deleted
     * fourth principle and a deleted heading dropped), a content control around 保障措施, the
     * 3.发展目标 paragraph inside a text box (Choice and VML fallback both present), and the
     * document number as a field result.
     */
    static byte[] realWorld() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        addStyle(styles, "TOC1", "toc 1");
        document.createParagraph().createRun().setText("@@NUMBER@@");
        document.createParagraph().createRun().setText("@@TOC@@");
        XWPFParagraph styledToc = document.createParagraph();
        styledToc.setStyle("TOC1");
        styledToc.createRun().setText("一、起草背景\t1");
        for (String line : lines()) {
            String placeholder = line.startsWith("2.基本原则") ? "@@PRINCIPLES@@"
                    : line.startsWith("（三）第三部分") ? "@@SDT@@" : line.startsWith("3.发展目标") ? "@@BOX@@" : null;
            document.createParagraph().createRun().setText(placeholder == null ? line : placeholder);
            if (line.startsWith("（三）加强全面统筹")) {
                document.createParagraph().createRun().setText("@@DELETED@@");
            }
        }
        String seed = String.join("\n", lines());
        String principles = lineStarting(seed, "2.基本原则");
        String goal = lineStarting(seed, "3.发展目标");
        String safeguards = lineStarting(seed, "（三）第三部分");
        String afterSafeguards = lineStarting(seed, "从强化组织协调");
        byte[] bytes = bytes(document);
        int cut = principles.indexOf("创新引领。");
        return replace(bytes,
                "@@NUMBER@@", "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY DocNumber </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>京科发〔2024〕279号</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
                "@@TOC@@", "<w:p><w:r><w:t>目  录</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、起草背景 1</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>二、主要考虑与思路 2</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>四、主要内容 3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
                "@@PRINCIPLES@@", "<w:p><w:r><w:t>" + principles.substring(0, "2.基本原则。".length()) + "</w:t></w:r>"
                        + "<w:ins w:id=\"1\" w:author=\"审核人\" w:date=\"2024-10-01T00:00:00Z\"><w:r><w:t>"
                        + principles.substring("2.基本原则。".length(), cut) + "</w:t></w:r></w:ins>"
                        + "<w:del w:id=\"2\" w:author=\"审核人\" w:date=\"2024-10-01T00:00:00Z\"><w:r><w:delText>开放包容。坚持对外开放，广泛合作。</w:delText></w:r></w:del>"
                        + "<w:r><w:t>" + principles.substring(cut) + "</w:t></w:r></w:p>",
                "@@DELETED@@", "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"审核人\" w:date=\"2024-10-01T00:00:00Z\"/></w:rPr></w:pPr>"
                        + "<w:del w:id=\"4\" w:author=\"审核人\" w:date=\"2024-10-01T00:00:00Z\"><w:r><w:delText>（四）已删除的考虑</w:delText></w:r></w:del></w:p>",
                "@@SDT@@", "<w:sdt><w:sdtPr><w:alias w:val=\"保障措施\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>"
                        + safeguards + "</w:t></w:r></w:p></w:sdtContent></w:sdt>",
                "@@BOX@@", "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                        + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                        + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>" + goal + "</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                        + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>" + goal
                        + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
    }

    private static String lineStarting(String text, String start) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    static Path write(XWPFDocument document, Path file) throws IOException {
        Files.write(file, bytes(document));
        return file;
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Replaces each placeholder's whole paragraph in word/document.xml by raw WordprocessingML. */
    private static byte[] replace(byte[] docx, String... placeholderAndXml) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    for (int i = 0; i < placeholderAndXml.length; i += 2) {
                        xml = replaceParagraph(xml, placeholderAndXml[i], placeholderAndXml[i + 1]);
                    }
                    if (!xml.contains("xmlns:w=\"" + W + "\"")) {
                        throw new IllegalStateException("unexpected document.xml");
                    }
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    private static String replaceParagraph(String xml, String placeholder, String replacement) {
        int at = xml.indexOf(placeholder);
        if (at < 0) {
            throw new IllegalStateException("no placeholder " + placeholder);
        }
        int start = xml.lastIndexOf("<w:p>", at);
        int startAttr = xml.lastIndexOf("<w:p ", at);
        start = Math.max(start, startAttr);
        int end = xml.indexOf("</w:p>", at) + "</w:p>".length();
        return xml.substring(0, start) + replacement + xml.substring(end);
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
