package dev.tally.adapters.excel;

/**
 * Texts a workbook shows but never reads back (the Reconciled, Checks and Chart sheets), cut to fit
 * where they go, with an ellipsis, rather than refused.
 */
final class DisplayText {

    /** The longest chart title written. */
    static final int MAX_TITLE = 255;

    private DisplayText() {
    }

    /** The text cut to what a streamed cell holds (the streaming writer escapes it). */
    static String cell(String text) {
        return fitted(text, Limits.MAX_CELL_CHARACTERS);
    }

    /**
     * The text escaped for a cell of POI's workbook model, which writes it as it is, and cut so that
     * the escaped text fits the cell.
     */
    static String modelCell(String text) {
        String shown = cell(text);
        String escaped = Xstrings.encode(shown);
        while (escaped.length() > Limits.MAX_CELL_CHARACTERS) {
            int keep = (int) ((long) shown.length() * Limits.MAX_CELL_CHARACTERS / escaped.length()) - 1;
            shown = fitted(text, Math.max(1, keep));
            escaped = Xstrings.encode(shown);
        }
        return escaped;
    }

    /** The text as a chart's title: without characters XML cannot hold, and short. */
    static String chartTitle(String text) {
        return Xstrings.replaceUnwritable(fitted(text, MAX_TITLE));
    }

    /** The text, or as much of it as fits with an ellipsis, never cutting a character of two units in half. */
    private static String fitted(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
