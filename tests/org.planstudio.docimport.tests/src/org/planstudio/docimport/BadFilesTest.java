package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.docimport.DocumentImportException.Reason;

/** Files that cannot be imported get a message that names the file and says what to do, in both languages. */
class BadFilesTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedDocxIsReportedAsDamaged() throws Exception {
        byte[] whole = SeedDocuments.bytes(SeedDocuments.typed());
        Path file = Files.write(folder.resolve("坏了.docx"), Arrays.copyOf(whole, whole.length / 2));
        DocumentImportException e = refused(file, Reason.DAMAGED);
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).startsWith("坏了.docx：该 Word 文档已损坏"), e.message(Locale.CHINESE));
        assertTrue(e.message(Locale.ENGLISH).contains("damaged"), e.getMessage());
    }

    @Test
    void emptyFilesAreReportedAsEmpty() throws Exception {
        refused(Files.write(folder.resolve("empty.txt"), new byte[0]), Reason.EMPTY);
        refused(Files.writeString(folder.resolve("blank.txt"), " \n\u3000\n"), Reason.EMPTY);
        Path docx = SeedDocuments.write(new XWPFDocument(), folder.resolve("empty.docx"));
        DocumentImportException e = refused(docx, Reason.EMPTY);
        assertEquals("empty.docx：文档为空，没有任何文字", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("empty.docx: the document is empty: it holds no text", e.getMessage());
    }

    @Test
    void filesThatAreNotDocumentsSayWhatToDo() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook excel = new XSSFWorkbook()) {
            excel.createSheet("意见").createRow(0).createCell(0).setCellValue("序号");
            excel.write(workbook);
        }
        DocumentImportException e = refused(Files.write(folder.resolve("表.docx"), workbook.toByteArray()), Reason.NOT_A_DOCUMENT);
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("另存为 .docx"));
        byte[] picture = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        refused(Files.write(folder.resolve("图.txt"), picture), Reason.NOT_A_DOCUMENT);
        byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        DocumentImportException legacy = refused(Files.write(folder.resolve("旧.doc"), ole2), Reason.LEGACY_WORD);
        assertTrue(legacy.getMessage().contains("Word 97-2003"));
        refused(folder.resolve("missing.docx"), Reason.UNREADABLE);
    }

    @Test
    void textWithoutHeadingsHasNoOutline() throws Exception {
        Path file = Files.writeString(folder.resolve("通知.txt"), "各有关单位：\n请于本周五前报送材料。\n特此通知。\n",
                StandardCharsets.UTF_8);
        DocumentImportException e = refused(file, Reason.NO_OUTLINE);
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("未找到提纲"));
        assertTrue(e.getMessage().contains("no outline found"));
    }

    @Test
    void gb18030TextIsReadAsWell() throws Exception {
        Path file = Files.write(folder.resolve("gbk.txt"),
                String.join("\r\n", SeedDocuments.lines()).getBytes(java.nio.charset.Charset.forName("GB18030")));
        SeedImportTest.assertSeedCounts(DocumentImporter.build(DocumentImporter.map(file), "gbk"));
    }

    private static DocumentImportException refused(Path file, Reason reason) {
        DocumentImportException e = assertThrows(DocumentImportException.class, () -> DocumentImporter.map(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        return e;
    }
}
