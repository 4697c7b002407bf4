package org.planstudio.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;

/**
 * CSV files as Excel and WPS save them on Chinese desktops: UTF-8 with or without BOM, UTF-16
 * with BOM ("Unicode text", tab-separated), or GB18030 (what "CSV" means to Excel on a Chinese
 * Windows); comma, semicolon or tab separated.
 */
final class CsvTables {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTables() {
    }

    static List<Table> read(Path file, String name) throws ImportFileException {
        String text = decode(bytes(file, name), name);
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException(Problem.NOT_A_TABLE, name, "binary content", null);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setTrim(true).get();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<Cell> cells = record.stream().map(Cell::of).toList();
                Table.Row row = new Table.Row((int) record.getRecordNumber(), cells);
                if (header == null) {
                    if (!row.isEmpty()) {
                        header = record.toList();
                    }
                } else if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unterminated quote (a truncated file) this way.
            throw new ImportFileException(Problem.DAMAGED, name, String.valueOf(e.getMessage()), e);
        }
        return header == null ? List.of() : List.of(new Table("", header, rows));
    }

    private static byte[] bytes(Path file, String name) throws ImportFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFileException(Problem.UNREADABLE, name, e.getMessage(), e);
        }
    }

    static String decode(byte[] bytes, String name) throws ImportFileException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // Not UTF-8, so most likely saved by Excel on a Chinese Windows.
            return strict(bytes, 0, GB18030, name);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws ImportFileException {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportFileException(Problem.NOT_A_TABLE, name, "not text in " + charset.name(), e);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    // The separator that occurs most often in the first line (the header has no quoted separators in practice).
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] { '\t', ';' }) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
