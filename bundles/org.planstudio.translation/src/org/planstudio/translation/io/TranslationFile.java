package org.planstudio.translation.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.planstudio.model.check.PlanLimits;
import org.planstudio.model.text.FormulaGuard;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;
import org.planstudio.translation.internal.PoiLimits;

/**
 * Reads a translator's workbook back. Only reads: checking the rows against a plan is
 * {@link TranslationImport}'s work, so that the reading can run in a background job while the
 * check and the command run where the plan is edited. File problems are the registry import's
 * {@link ImportFileException}s, with the same messages.
 */
public final class TranslationFile {

    private static final byte[] ZIP = { 'P', 'K' };
    private static final List<TranslationColumn> REQUIRED = List.of(TranslationColumn.ID, TranslationColumn.FIELD,
            TranslationColumn.CHINESE, TranslationColumn.NEW_ENGLISH, TranslationColumn.DIGEST);

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private TranslationFile() {
    }

    public static TranslationSheet read(Path file) throws ImportFileException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String display = name == null ? file.toString() : name.toString();
        check(file, display);
        PoiLimits.apply();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, display, String.valueOf(e.getMessage()), e);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Optional<String> planId = planId(workbook);
            TranslationFile reader = new TranslationFile();
            for (Sheet sheet : workbook) {
                Optional<List<SheetRow>> rows = reader.rows(sheet, display);
                if (rows.isPresent()) {
                    return new TranslationSheet(display, planId, rows.get());
                }
            }
            throw new ImportFileException(Problem.MISSING_COLUMNS, display, REQUIRED.stream()
                    .map(TranslationColumn::header).collect(Collectors.joining(", ")), null);
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException(Problem.ENCRYPTED, display, String.valueOf(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, display, String.valueOf(e.getMessage()), e);
        } finally {
            // READ access: revert, never write back into the translator's file.
            pkg.revert();
        }
    }

    private static void check(Path file, String display) throws ImportFileException {
        if (Files.isDirectory(file)) {
            throw new ImportFileException(Problem.UNREADABLE, display, "a folder, not a file", null);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ZIP.length);
            long size = Files.size(file);
            if (size > PlanLimits.MAX_FILE_BYTES) {
                throw new ImportFileException(Problem.TOO_LARGE, display, size + " > " + PlanLimits.MAX_FILE_BYTES, null);
            }
        } catch (NoSuchFileException e) {
            throw new ImportFileException(Problem.NOT_FOUND, display, file.toString(), e);
        } catch (IOException e) {
            throw new ImportFileException(Problem.UNREADABLE, display, e.getMessage(), e);
        }
        if (!Arrays.equals(head, ZIP)) {
            // An old .xls, a password-protected workbook (an OLE2 container as well), a CSV file.
            throw new ImportFileException(Problem.UNSUPPORTED_FORMAT, display, "", null);
        }
    }

    private static Optional<String> planId(XSSFWorkbook workbook) {
        CTProperty property = workbook.getProperties().getCustomProperties().getProperty(TranslationExport.PLAN_PROPERTY);
        return Optional.ofNullable(property).filter(CTProperty::isSetLpwstr).map(CTProperty::getLpwstr)
                .filter(id -> !id.isBlank());
    }

    // The first non-empty row is the header; a sheet without the key columns is notes, not rows.
    private Optional<List<SheetRow>> rows(Sheet sheet, String display) throws ImportFileException {
        Map<TranslationColumn, Integer> layout = null;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                cells.add(text(row.getCell(column)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (layout == null) {
                Map<TranslationColumn, Integer> found = layout(cells);
                if (!found.containsKey(TranslationColumn.ID)) {
                    return Optional.empty();
                }
                layout = found;
                List<TranslationColumn> missing = REQUIRED.stream().filter(c -> !found.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    throw new ImportFileException(Problem.MISSING_COLUMNS, display,
                            missing.stream().map(TranslationColumn::header).collect(Collectors.joining(", ")), null);
                }
                continue;
            }
            Map<TranslationColumn, Integer> columns = layout;
            rows.add(new SheetRow(row.getRowNum() + 1, cell(cells, columns, TranslationColumn.ID).strip(),
                    cell(cells, columns, TranslationColumn.FIELD).strip(),
                    FormulaGuard.unquoted(cell(cells, columns, TranslationColumn.CHINESE)),
                    FormulaGuard.unquoted(cell(cells, columns, TranslationColumn.NEW_ENGLISH)).strip(),
                    cell(cells, columns, TranslationColumn.DIGEST).strip()));
        }
        return layout == null ? Optional.empty() : Optional.of(rows);
    }

    private static Map<TranslationColumn, Integer> layout(List<String> header) {
        Map<TranslationColumn, Integer> layout = new EnumMap<>(TranslationColumn.class);
        for (int i = 0; i < header.size(); i++) {
            for (TranslationColumn column : TranslationColumn.values()) {
                if (column.matches(header.get(i))) {
                    layout.putIfAbsent(column, i);
                }
            }
        }
        return layout;
    }

    private static String cell(List<String> cells, Map<TranslationColumn, Integer> layout, TranslationColumn column) {
        Integer index = layout.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> "";
        };
    }
}
