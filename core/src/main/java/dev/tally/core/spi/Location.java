package dev.tally.core.spi;

import java.util.Objects;

/**
 * Where in an input a problem lies: a spreadsheet cell, a field of a CSV file, a JSON pointer with
 * line and column, a line of a text file, or the input as a whole.
 *
 * <p>Implementations are immutable and thread-safe; {@code toString()} gives the place as people
 * read it, such as {@code Estimates!D7}, {@code events.csv:7:4 (Figure)} or
 * {@code /estimates/3/quantity (12:5)}.
 */
public sealed interface Location permits Location.Cell, Location.Field, Location.JsonPointer, Location.Line,
        Location.Whole {

    /**
     * A cell of a workbook, such as {@code Estimates!D7}.
     *
     * @param sheet  the sheet's name
     * @param reference  the cell's A1 reference, such as {@code D7}, or a row such as {@code 7}
     */
    record Cell(String sheet, String reference) implements Location {
        /**
         * Checks both components.
         *
         * @param sheet  the sheet's name
         * @param reference  the cell's A1 reference, such as {@code D7}, or a row such as {@code 7}
         */
        public Cell {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public String toString() {
            boolean plain = sheet.matches("[A-Za-z0-9_]+");
            return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + reference;
        }
    }

    /**
     * A field of a delimited text file (CSV, TSV), such as {@code events.csv:7:4 (Figure)}: the
     * file's name, the line on which the field's record starts, the field's number in its record
     * and the header of its column; or, with field 0, the record as a whole ({@code events.csv:7}).
     *
     * @param file  the file's name
     * @param line  the 1-based line on which the record starts
     * @param field  the 1-based field in the record, or 0 for the whole record
     * @param header  the header of the field's column, empty if none
     */
    record Field(String file, long line, int field, String header) implements Location {
        /**
         * Checks the components.
         *
         * @param file  the file's name
         * @param line  the 1-based line on which the record starts
         * @param field  the 1-based field in the record, or 0 for the whole record
         * @param header  the header of the field's column, empty if none
         */
        public Field {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(header, "header");
        }

        @Override
        public String toString() {
            return file + ":" + line + (field == 0 ? "" : ":" + field + (header.isEmpty() ? "" : " (" + header + ")"));
        }
    }

    /**
     * A place in a JSON document: an RFC 6901 pointer, with the line and column where it starts.
     *
     * @param pointer  the JSON pointer, such as {@code /estimates/3/quantity}; empty for the document
     * @param line  the 1-based line
     * @param column  the 1-based column
     */
    record JsonPointer(String pointer, long line, long column) implements Location {
        /**
         * Checks the components.
         *
         * @param pointer  the JSON pointer, such as {@code /estimates/3/quantity}; empty for the document
         * @param line  the 1-based line
         * @param column  the 1-based column
         */
        public JsonPointer {
            Objects.requireNonNull(pointer, "pointer");
        }

        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + " (" + line + ":" + column + ")";
        }
    }

    /**
     * A line of a text file.
     *
     * @param line  the 1-based line
     */
    record Line(long line) implements Location {
        @Override
        public String toString() {
            return "line " + line;
        }
    }

    /** The input as a whole, for problems no smaller place can hold (not a zip, say). */
    record Whole() implements Location {
        @Override
        public String toString() {
            return "file";
        }
    }
}
