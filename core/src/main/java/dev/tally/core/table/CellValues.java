package dev.tally.core.table;

import dev.tally.core.model.InvalidTextException;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.StatedFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the value of a cell as text, a figure or a period, whatever kind of cell holds it. Each
 * method throws an {@link IllegalArgumentException} whose message says what is wrong with the cell
 * and what to write instead.
 */
final class CellValues {

    /** The quoted texts and bracketed codes of a number format, which say nothing of its date parts. */
    private static final Pattern FORMAT_LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");
    /** A number with a fractional part, as a cell's plain text gives it. */
    private static final Pattern FRACTION = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final String FIGURE_HINT = hint(() -> Quantity.parse(""));
    private static final String PERIOD_HINT = hint(() -> Period.parse(""));

    private CellValues() {
    }

    /**
     * The cell's value as free text, without surrounding spaces. Tabs and line breaks are kept: a
     * note may begin with a tab, and the writer keeps it as text.
     */
    static String text(Cell cell) {
        switch (cell.type()) {
            case NUMBER:
                return plainNumber(cell.text());
            case ERROR:
                throw new IllegalArgumentException("the cell holds the error " + cell.text() + ", the result of a "
                        + "broken formula; fix the formula or type the value");
            case UNCALCULATED:
                throw new IllegalArgumentException("the cell's formula was never calculated (the program that saved "
                        + "the workbook does not calculate); open and save the workbook in Excel or LibreOffice, or "
                        + "type the value");
            case TOO_LONG:
                throw new IllegalArgumentException("the cell holds more than " + TableLimits.format(TableLimits.MAX_CELL_CHARACTERS)
                        + " characters, more than a cell may hold; shorten it");
            default:
                return trimSpaces(cell.text());
        }
    }

    /**
     * The cell's value as a token such as an id, a figure or a grade: stripped of all surrounding
     * white space and of a leading apostrophe.
     */
    static String token(Cell cell) {
        String text = text(cell).strip();
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }

    /** The figure a cell holds: a number, or a text that {@link Quantity#parse(String)} reads. */
    static Quantity figure(Cell cell) {
        return Quantity.parse(figureText(cell));
    }

    /**
     * The figure a Figure cell holds, with the words that may follow its count ({@code 751 prisoners}),
     * its text read by a reading of {@link StatedFigure#parse(String)}, such as one that remembers
     * the texts already read.
     */
    static StatedFigure statedFigure(Cell cell, Function<String, StatedFigure> readText) {
        return readText.apply(figureText(cell));
    }

    /** The text of a cell that should hold a figure; a formula's result that is not whole is refused with it rounded. */
    private static String figureText(Cell cell) {
        if (cell.type() == Cell.Type.DATE) {
            throw new IllegalArgumentException("the cell holds the date " + cell.text() + ", not a figure; format "
                    + "the cell as a number or as text");
        }
        if (cell.type() == Cell.Type.BOOLEAN) {
            throw new IllegalArgumentException("the cell holds " + cell.text() + ", not a figure; write a number such "
                    + "as 1,200 or a form like \"about 1,200\"");
        }
        String text = token(cell);
        if (cell.type() == Cell.Type.NUMBER && cell.formula() && FRACTION.matcher(text).matches()) {
            String rounded = String.format(Locale.ENGLISH, "%,d", new BigDecimal(text).setScale(0, RoundingMode.HALF_UP)
                    .toBigInteger());
            throw new IllegalArgumentException("the cell's formula gives " + text + ", which is not a whole count; if "
                    + rounded + " is meant, round the result in the formula (ROUND(..., 0)) or type " + rounded);
        }
        return text;
    }

    /** The whole count a Low, Best or High cell holds: a number, or a text of an exact figure. */
    static Long count(Cell cell) {
        Quantity figure = figure(cell);
        if (figure.form() != Quantity.Form.EXACT) {
            throw new IllegalArgumentException("\"" + token(cell) + "\" is not a count; a Low, Best or High cell holds "
                    + "a whole number such as 1,200");
        }
        return figure.low();
    }

    /**
     * The period a cell holds: a date cell (a day, or a month or year when its format shows no day
     * or no month), or a text that {@link Period#parse(String)} reads.
     */
    static Period period(Cell cell) {
        return period(cell, Period::parse);
    }

    /**
     * The period a cell holds, as {@link #period(Cell)} reads it, a text read by the reading given,
     * such as one that remembers the texts already read.
     */
    static Period period(Cell cell, Function<String, Period> readText) {
        return cell.type() == Cell.Type.DATE ? date(cell.text(), cell.format()) : readText.apply(token(cell));
    }

    /**
     * The period of a date cell: its day, or its month or year when its number format shows no day
     * or no month.
     *
     * @param text  the cell's date, as {@code 2025-04-30}
     * @param numberFormat  the cell's number format, as {@code mmm yyyy}
     */
    static Period date(String text, String numberFormat) {
        LocalDate day = LocalDate.parse(text);
        String format = FORMAT_LITERALS.matcher(numberFormat.toLowerCase(Locale.ROOT)).replaceAll("");
        if (format.contains("d")) {
            return Period.of(day);
        }
        if (format.contains("m")) {
            return Period.of(YearMonth.from(day));
        }
        return format.contains("y") ? Period.of(java.time.Year.from(day)) : Period.of(day);
    }

    /** The message for a required cell that is empty, with what to write there. */
    static String empty(Heading column, String hint) {
        return "the " + column.names().header() + " cell is empty; " + hint;
    }

    /** What to write in a figure cell, in the core parser's words. */
    static String figureHint() {
        return FIGURE_HINT;
    }

    /** What to write in a period cell, in the core parser's words. */
    static String periodHint() {
        return PERIOD_HINT;
    }

    private static String hint(Runnable parseEmpty) {
        try {
            parseEmpty.run();
            return "";
        } catch (InvalidTextException e) {
            return e.reason().replaceFirst("^the text is empty; ", "");
        }
    }

    /** The text without leading and trailing spaces and no-break spaces; tabs and line breaks stay. */
    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private static String plainNumber(String text) {
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }
}
