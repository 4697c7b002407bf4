package org.planstudio.report.internal.html;

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of text from a
 * plan goes through here: staff may type anything, and a report must never run it.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&':
                out.append("&amp;");
                break;
            case '<':
                out.append("&lt;");
                break;
            case '>':
                out.append("&gt;");
                break;
            case '"':
                out.append("&quot;");
                break;
            case '\'':
                out.append("&#39;");
                break;
            default:
                // Control characters other than tab and line breaks are not allowed in HTML text.
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    out.append('\uFFFD');
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
