package org.planstudio.report.internal.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of GB/T 9704: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, and the
 * page number as "— 1 —" in 4号 type, on the right of odd pages and the left of even ones.
 */
final class DocxPage {

    // Word measures the page in twentieths of a point: 1 mm = 56.7 twips.
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int TOP = mm(37);
    static final int BOTTOM = mm(35);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    /** The text width tables and pictures are laid out to: 156 mm. */
    static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

    private DocxPage() {
    }

    static void apply(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        // The number sits about 7 mm below the text block.
        margins.setFooter(BigInteger.valueOf(mm(23)));
        margins.setGutter(BigInteger.ZERO);

        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setStyle("Footer");
        paragraph.setAlignment(alignment);
        // One character of space towards the page edge, as the standard asks.
        if (alignment == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        paragraph.createRun().setText("\u2014 ");
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        paragraph.createRun().setText(" \u2014");
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
