package dev.tally.adapters.excel;

/**
 * The escapes of a workbook's text (ECMA-376 {@code ST_Xstring}): a character that XML 1.0 cannot
 * hold is written {@code _xHHHH_}, its UTF-16 code unit in hex, and an underscore followed by
 * {@code x} and four hex digits is written {@code _x005F_}, so that it cannot start an escape, even
 * with the underscore of an escape that follows it. Excel and LibreOffice read and write
 * text this way, so a control character or a lone surrogate survives a workbook and a literal
 * {@code _x0041_} stays those seven characters.
 */
final class Xstrings {

    private static final int ESCAPE_LENGTH = "_xHHHH_".length();

    private Xstrings() {
    }

    /** The text with every character XML cannot hold, and every underscore that could start an escape, escaped. */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = !isXmlChar(text, i) || c == '_' && isEscapeStart(text, i);
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                out.append(String.format("_x%04X_", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The text with every character XML cannot hold replaced by U+FFFD, for XML that has no escapes,
     * such as a chart's title.
     */
    static String replaceUnwritable(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            if (!isXmlChar(text, i)) {
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out.toString();
    }

    /** The text with every {@code _xHHHH_} escape replaced by its character, read left to right. */
    static String decode(String text) {
        int first = text.indexOf("_x");
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            if (isEscape(text, i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += ESCAPE_LENGTH;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Whether an escape {@code _xHHHH_} starts at {@code i}. */
    private static boolean isEscape(String text, int i) {
        return isEscapeStart(text, i) && i + ESCAPE_LENGTH <= text.length() && text.charAt(i + 6) == '_';
    }

    /** Whether {@code _xHHHH}, an escape but for its closing underscore, starts at {@code i}. */
    private static boolean isEscapeStart(String text, int i) {
        if (i + ESCAPE_LENGTH - 1 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            char c = text.charAt(j);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the UTF-16 unit at {@code i} is, or is half of, a character XML 1.0 can hold. */
    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (c < ' ') {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
