package dev.tally.adapters.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running a cell of a CSV file as a formula (OWASP's "CSV
 * injection"): a text that begins with {@code = + - @}, a tab or a carriage return, after any
 * apostrophes, is written with one more apostrophe in front, which spreadsheets read as "text";
 * reading takes that one apostrophe off again, so every text reads back unchanged.
 */
final class FormulaGuard {

    /** A text a spreadsheet would run, after any apostrophes that a guard put or the text holds. */
    private static final Pattern RUNS = Pattern.compile("^'*[=+\\-@\t\r]");
    /** A guarded text: one apostrophe more than the text holds. */
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\t\r]");

    private FormulaGuard() {
    }

    /** The text as written in a cell. */
    static String guard(String text) {
        return RUNS.matcher(text).find() ? "'" + text : text;
    }

    /** The text a written cell holds. */
    static String unguard(String field) {
        return GUARDED.matcher(field).find() ? field.substring(1) : field;
    }
}
