package org.planstudio.consultation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planstudio.consultation.form.CommentFormException;
import org.planstudio.consultation.form.CommentFormException.Problem;
import org.planstudio.consultation.form.FormColumn;
import org.planstudio.model.check.PlanLimits;

/**
 * Reads the comment rows of a workbook: in each sheet the header is the first row naming a 修改意见
 * column (forms carry a title and the sender above it); rows below it until the end. Cells read as
 * Excel shows them, date cells as their day (ISO), formulas as their cached result.
 */
public final class FormSheets {

    /** One data row: its number as Excel shows it and its cells by column. */
    public record FormLine(String sheet, int row, Map<FormColumn, String> cells) {

        public String get(FormColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private FormSheets() {
    }

    public static List<FormLine> read(Path file, String name) throws CommentFormException {
        checkFile(file, name);
        // POI's guards against zip bombs, at its defaults stated where they are relied on.
        ZipSecureFile.setMinInflateRatio(0.01);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new CommentFormException(Problem.DAMAGED, name, String.valueOf(e.getMessage()), e);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            FormSheets reader = new FormSheets();
            List<FormLine> lines = new ArrayList<>();
            boolean anyForm = false;
            for (Sheet sheet : workbook) {
                anyForm |= reader.sheet(sheet, lines);
            }
            if (!anyForm) {
                throw new CommentFormException(Problem.NO_COMMENT_COLUMN, name, FormColumn.TEXT.header(), null);
            }
            return lines;
        } catch (EncryptedDocumentException e) {
            throw new CommentFormException(Problem.ENCRYPTED, name, "", e);
        } catch (IOException | RuntimeException e) {
            throw new CommentFormException(Problem.NOT_A_WORKBOOK, name, String.valueOf(e.getMessage()), e);
        } finally {
            // READ access: never write back into the user's file.
            pkg.revert();
        }
    }

    private static void checkFile(Path file, String name) throws CommentFormException {
        if (Files.isDirectory(file)) {
            throw new CommentFormException(Problem.UNREADABLE, name, "a folder", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > PlanLimits.MAX_FILE_BYTES) {
                throw new CommentFormException(Problem.TOO_LARGE, name, String.valueOf(Files.size(file)), null);
            }
            FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
            if (magic == FileMagic.OLE2) {
                // Excel keeps a password-protected .xlsx in the old container too.
                throw new CommentFormException(isEncrypted(file) ? Problem.ENCRYPTED : Problem.NOT_A_WORKBOOK, name,
                        "Office 97-2003", null);
            }
            if (magic != FileMagic.OOXML) {
                throw new CommentFormException(Problem.NOT_A_WORKBOOK, name, magic.name(), null);
            }
        } catch (org.apache.poi.EmptyFileException e) {
            throw new CommentFormException(Problem.NOT_A_WORKBOOK, name, "empty", e);
        } catch (NoSuchFileException e) {
            throw new CommentFormException(Problem.NOT_FOUND, name, file.toString(), e);
        } catch (IOException e) {
            throw new CommentFormException(Problem.UNREADABLE, name, e.getMessage(), e);
        }
    }

    private static boolean isEncrypted(Path file) {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private boolean sheet(Sheet sheet, List<FormLine> lines) {
        Map<Integer, FormColumn> layout = null;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (layout == null) {
                layout = header(cells).orElse(null);
                continue;
            }
            Map<FormColumn, String> values = new EnumMap<>(FormColumn.class);
            for (Map.Entry<Integer, FormColumn> column : layout.entrySet()) {
                String value = column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : "";
                values.put(column.getValue(), value);
            }
            lines.add(new FormLine(sheet.getSheetName(), row.getRowNum() + 1, values));
        }
        return layout != null;
    }

    private static Optional<Map<Integer, FormColumn>> header(List<String> cells) {
        Map<Integer, FormColumn> layout = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            FormColumn.of(cells.get(i)).filter(c -> !layout.containsValue(c)).ifPresent(c -> layout.put(index, c));
        }
        return layout.containsValue(FormColumn.TEXT) ? Optional.of(layout) : Optional.empty();
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
