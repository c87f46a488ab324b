package dev.tally.adapters.csv;

/**
 * Keeps spreadsheet programs from running a cell of a CSV file as a formula (OWASP's "CSV
 * injection"): a text that begins with {@code = + - @}, a tab or a carriage return, after any
 * apostrophes, is written with one more apostrophe in front, which spreadsheets read as "text";
 * reading takes that one apostrophe off again, so every text reads back unchanged. Every field of
 * an import passes here, so it looks at characters, not through a regular expression.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The text as written in a cell. */
    static String guard(String text) {
        return runs(text, 0) ? "'" + text : text;
    }

    /** The text a written cell holds. */
    static String unguard(String field) {
        return !field.isEmpty() && field.charAt(0) == '\'' && runs(field, 1) ? field.substring(1) : field;
    }

    /** Whether the text from {@code from} on, after any apostrophes, begins with what a spreadsheet runs. */
    private static boolean runs(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
