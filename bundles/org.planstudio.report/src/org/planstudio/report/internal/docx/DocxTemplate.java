package org.planstudio.report.internal.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Puts the report's Word styles ({@code styles.xml}) and font table ({@code fontTable.xml}) into a
 * new document. Both are kept as XML beside this class so they can be read and changed as the
 * Word parts they are.
 */
final class DocxTemplate {

    private static final String FONT_TABLE_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

    private DocxTemplate() {
    }

    static void apply(XWPFDocument document) throws IOException {
        try (InputStream in = resource("styles.xml")) {
            document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException e) {
            throw new IOException("styles.xml of the report bundle is not valid: " + e.getMessage(), e);
        }
        fontTable(document);
    }

    // POI's lite schema has no font-table classes, so the part is written as it is.
    private static void fontTable(XWPFDocument document) throws IOException {
        try (InputStream in = resource("fontTable.xml")) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (document.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = document.getPackage().createPart(name, FONT_TABLE_CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                in.transferTo(out);
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DocxTemplate.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from " + DocxTemplate.class.getPackageName());
        }
        return in;
    }
}
