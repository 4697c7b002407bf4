package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.registry.RegistryTestPlans;
import org.planstudio.registry.io.ImportFileException.Problem;

/** Files that are not registry tables at all: a clear error naming the file, and the plan as it was. */
class BrokenFileTest {

    @TempDir
    Path folder;

    private final Plan plan = RegistryTestPlans.plan();
    private final Plan before = EcoreUtil.copy(plan);

    @AfterEach
    void planUnchanged() {
        assertTrue(Fixtures.unchanged(before, plan));
    }

    private ImportFileException failure(Path file) {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS).read(file));
        String name = file.getFileName().toString();
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).startsWith(name + "："), e.message(Locale.SIMPLIFIED_CHINESE));
        return e;
    }

    @Test
    void missingFile() {
        ImportFileException e = failure(folder.resolve("nowhere.csv"));
        assertEquals(Problem.NOT_FOUND, e.problem());
        assertEquals("nowhere.csv: there is no such file", e.getMessage());
        assertEquals("nowhere.csv：文件不存在", e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void binaryFileIsNotATable() throws Exception {
        Path file = folder.resolve("picture.csv");
        Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE, 0 });
        assertEquals(Problem.NOT_A_TABLE, failure(file).problem());
    }

    @Test
    void truncatedWorkbookIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(XlsxImportTest.workbook(folder));
        Path file = folder.resolve("truncated.xlsx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertEquals(Problem.DAMAGED, failure(file).problem());
    }

    @Test
    void encryptedWorkbook() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("secret");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
            workbook.createSheet("平台").createRow(0).createCell(0).setCellValue("名称");
            workbook.write(out);
        }
        Path file = folder.resolve("secret.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            fs.writeFilesystem(out);
        }
        fs.close();
        assertEquals(Problem.ENCRYPTED, failure(file).problem());
    }

    @Test
    void oldExcelAndWordFilesAreNotSupported() throws Exception {
        Path xls = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("平台");
            workbook.write(out);
        }
        assertEquals(Problem.UNSUPPORTED_FORMAT, failure(xls).problem());

        Path docx = folder.resolve("notes.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("不是表格");
            document.write(out);
        }
        ImportFileException word = failure(docx);
        assertEquals(Problem.UNSUPPORTED_FORMAT, word.problem());
        assertTrue(word.detail().contains("wordprocessingml"), word.detail());
    }

    @Test
    void aZipThatIsNoOfficeFile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path file = folder.resolve("archive.xlsx");
        Files.write(file, bytes.toByteArray());
        assertEquals(Problem.DAMAGED, failure(file).problem());
    }

    @Test
    void unterminatedQuoteIsDamaged() throws Exception {
        Path file = folder.resolve("cut.csv");
        Files.writeString(file, "name_zh,type,status\n\"中哈联合实验室,joint_laboratory,active\n", StandardCharsets.UTF_8);
        assertEquals(Problem.DAMAGED, failure(file).problem());
    }

    @Test
    void aTableWithoutRegistryColumns() throws Exception {
        Path file = folder.resolve("budget.csv");
        Files.writeString(file, "年份,金额\n2024,100\n", StandardCharsets.UTF_8);
        assertEquals(Problem.NO_REGISTRY_COLUMNS, failure(file).problem());
    }

    @Test
    void aRequiredColumnIsMissing() throws Exception {
        Path file = folder.resolve("no-type.csv");
        Files.writeString(file, "kind,name_zh,status\nplatform,示例,active\n", StandardCharsets.UTF_8);
        ImportFileException e = failure(file);
        assertEquals(Problem.MISSING_COLUMNS, e.problem());
        assertEquals("type/类型", e.detail());
    }
}
