package org.planstudio.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;

/**
 * Excel workbooks (.xlsx), every sheet a table: the first non-empty row is the header. Cells are
 * read as Excel shows them, except that date cells give their day; formulas give their cached
 * result (nothing is recalculated).
 */
final class XlsxTables {

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private XlsxTables() {
    }

    static List<Table> read(Path file, String name) throws ImportFileException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, name, String.valueOf(e.getMessage()), e);
        }
        try {
            checkIsWorkbook(pkg, name);
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                XlsxTables reader = new XlsxTables();
                List<Table> tables = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    reader.table(sheet).ifPresent(tables::add);
                }
                return tables;
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException(Problem.ENCRYPTED, name, String.valueOf(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, name, String.valueOf(e.getMessage()), e);
        } finally {
            // READ access: revert, never save back into the user's file.
            pkg.revert();
        }
    }

    private static void checkIsWorkbook(OPCPackage pkg, String name) throws ImportFileException {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = documents.size() == 0 ? null : pkg.getPart(documents.getRelationship(0));
        if (main == null || !WORKBOOK_TYPES.contains(main.getContentType())) {
            throw new ImportFileException(Problem.UNSUPPORTED_FORMAT, name,
                    main == null ? "no main document" : main.getContentType(), null);
        }
    }

    private Optional<Table> table(Sheet sheet) {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            List<Cell> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                cells.add(cell(row.getCell(column)));
            }
            Table.Row read = new Table.Row(row.getRowNum() + 1, cells);
            if (read.isEmpty()) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(Cell::text).toList();
            } else {
                rows.add(read);
            }
        }
        return header == null ? Optional.empty()
                : Optional.of(new Table(sheet.getSheetName(), header, rows));
    }

    private Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cell.of(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Cell.ofDate(cell.getLocalDateTimeCellValue().toLocalDate())
                    : Cell.of(formatter.formatRawCellContents(cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()));
            case BOOLEAN -> Cell.of(Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT));
            case ERROR -> Cell.of(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.EMPTY;
        };
    }
}
