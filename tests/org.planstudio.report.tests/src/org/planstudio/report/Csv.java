package org.planstudio.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF), after the BOM. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("no byte-order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (any || !row.isEmpty() || field.length() > 0) {
                    row.add(field.toString());
                }
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
