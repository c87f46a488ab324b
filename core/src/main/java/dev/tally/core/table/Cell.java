package dev.tally.core.table;

/**
 * One cell of a table as its format gives it (a workbook's XML, a CSV field): its column, what
 * kind of value it holds and that value's raw text (a number in its XML form for numbers and
 * dates, the error code for errors). Its {@link Row} gives its row, so that rows may share the
 * cells of a text they repeat.
 *
 * @param column  the 0-based column index
 * @param type  the kind of value
 * @param text  the raw value
 * @param format  the number format of a date cell, such as {@code yyyy-mm-dd}; empty otherwise
 * @param formula  whether the value is the cached result of a formula
 */
public record Cell(int column, Type type, String text, String format, boolean formula) {

    /**
     * A cell whose value was typed, not calculated.
     *
     * @param column  the 0-based column index
     * @param type  the kind of value
     * @param text  the raw value
     * @param format  the number format of a date cell; empty otherwise
     */
    public Cell(int column, Type type, String text, String format) {
        this(column, type, text, format, false);
    }

    /**
     * A cell of text, typed.
     *
     * @param column  the 0-based column index
     * @param text  the text
     * @return the cell
     */
    public static Cell ofText(int column, String text) {
        return new Cell(column, Type.TEXT, text, "", false);
    }

    /** What a cell holds. */
    public enum Type {
        /** A string, shared or inline, or the cached string result of a formula. */
        TEXT,
        /** A number that is not formatted as a date. */
        NUMBER,
        /** A number formatted as a date, or an ISO 8601 date cell. */
        DATE,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error value such as {@code #REF!}, usually the cached result of a broken formula. */
        ERROR,
        /** A formula whose result was never saved: the workbook was written by a program that does not calculate. */
        UNCALCULATED,
        /** Text longer than a spreadsheet cell may hold. */
        TOO_LONG
    }

    /**
     * Whether the cell holds nothing worth reading: no value, or only white space.
     *
     * @return true if blank
     */
    public boolean isBlank() {
        return type == Type.TEXT && text.isBlank();
    }

    /**
     * The same value in another column, as a merged area spreads its first cell's value.
     *
     * @param otherColumn  the 0-based column
     * @return the moved cell, never null
     */
    public Cell movedTo(int otherColumn) {
        return new Cell(otherColumn, type, text, format, formula);
    }
}
