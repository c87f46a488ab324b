package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.TextTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A JSON parser that collects problems: every value is read by what it should be, and a value that
 * is not is reported at its JSON pointer, line and column, skipped, and read past.
 *
 * <p>Columns are counted in bytes from the start of the line, as Jackson counts them in UTF-8 input.
 * A place is kept as a {@code long}, its line in the high half and its column in the low, so that
 * remembering where each record starts allocates nothing; it becomes a {@link Location} only when
 * a problem is reported.
 */
final class JsonInput {

    /** Reads the value at the current token; called with the parser on the value's first token. */
    @FunctionalInterface
    interface ValueReader {
        void read() throws IOException;
    }

    /** Reads one field of an object; called with the parser on the field's value. */
    @FunctionalInterface
    interface FieldReader {
        void read(int field) throws IOException;
    }

    /** Jackson's reference to a place in its messages, such as {@code [Source: ...; line: 1, column: 2]}. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    /** Jackson's pointer to the setting behind a limit, such as {@code , from `StreamReadConstraints.getMaxStringLength()`)}. */
    private static final Pattern LIMIT_HINT = Pattern.compile(",? from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`\\)");

    private final ParserBase parser;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param parser  a parser of {@link JsonSettings#FACTORY}, which makes only Jackson's own parsers:
     *                those keep the place of the current token without allocating it
     */
    JsonInput(JsonParser parser) {
        this.parser = (ParserBase) parser;
    }

    /** Advances to the next token; null at the end of the input. */
    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** The current token; null before the first and after the last. */
    JsonToken token() {
        return parser.currentToken();
    }

    /** Skips the current value, with all it holds. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /** The line on which the current token starts. */
    long line() {
        return line(start());
    }

    /** The line of a place. */
    static long line(long place) {
        return place >>> Integer.SIZE;
    }

    /** The column of a place. */
    static long column(long place) {
        return (int) place;
    }

    /** A place at a line and column; a number below 1 (Jackson's "unknown") is taken as 1. */
    static long place(long line, long column) {
        return Math.max(1, line) << Integer.SIZE | Math.max(1, column);
    }

    /** The problems found so far, in the order found. */
    List<Problem> problems() {
        return problems;
    }

    /** The place of the current token: its JSON pointer, line and column. */
    Location.JsonPointer here() {
        return at(pointer(), start());
    }

    /** The place where the input stands now, for errors that end the parse. */
    Location.JsonPointer now(JsonLocation location) {
        JsonLocation where = location != null ? location : parser.currentLocation();
        return at(pointer(), place(where.getLineNr(), where.getColumnNr()));
    }

    static Location.JsonPointer at(String pointer, long place) {
        return new Location.JsonPointer(pointer, line(place), column(place));
    }

    private String pointer() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    void problem(Location.JsonPointer place, String message) {
        problems.add(new Problem(place, message));
    }

    /** Reports a problem at the current token. */
    void problem(String message) {
        problem(here(), message);
    }

    /**
     * Reads an object's fields by their index in the shape, each at most once, reporting unknown,
     * repeated and missing fields. The parser stands on the object's {@code START_OBJECT} and is left
     * on its {@code END_OBJECT}.
     *
     * @return whether the current value was an object
     */
    boolean object(ObjectShape shape, FieldReader fields) throws IOException {
        return object(start(), shape, fields);
    }

    /**
     * As {@link #object(ObjectShape, FieldReader)}, for a value whose start the caller has already asked.
     *
     * @param start  where the current value starts, to place its missing fields
     */
    private boolean object(long start, ObjectShape shape, FieldReader fields) throws IOException {
        if (!expect(JsonToken.START_OBJECT, "an object")) {
            return false;
        }
        int seen = 0;
        int field = -1;
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            field = shape.index(name, field + 1);
            if (field < 0) {
                problem("unknown field \"" + name + "\"; " + shape.expected());
            } else if ((seen & 1 << field) != 0) {
                problem("field \"" + name + "\" is given twice");
            } else {
                seen |= 1 << field;
                next();
                fields.read(field);
                continue;
            }
            next();
            parser.skipChildren();
        }
        if (!shape.complete(seen)) {
            for (String name : shape.missing(seen)) {
                problemAt(start, "missing required field \"" + name + "\"");
            }
        }
        return true;
    }

    /**
     * Reads one object and builds a value of its fields; null, with every problem reported, if a
     * field was wrong or the value refuses them.
     *
     * @param start  where the object starts, to place its missing fields and the value's refusal
     */
    <T> T build(long start, ObjectShape shape, FieldReader fields, Supplier<T> build) throws IOException {
        int before = problems.size();
        if (!object(start, shape, fields) || problems.size() > before) {
            return null;
        }
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            problemAt(start, e.getMessage());
            return null;
        }
    }

    /**
     * Where the current token starts, to place problems of a whole object once it is read: the place
     * of Jackson's {@code currentTokenLocation()}, without allocating it. For a token other than a
     * field name, Jackson's token column counts from the byte after the token's first, so the column
     * where it starts is one less.
     */
    long start() {
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
            JsonLocation name = parser.currentTokenLocation();
            return place(name.getLineNr(), name.getColumnNr());
        }
        return place(parser.getTokenLineNr(), parser.getTokenColumnNr() - 1L);
    }

    /**
     * Reports a problem of the object just read, at the place where it started. The parser stands on
     * the object's {@code END_OBJECT}, where the context is the object's container.
     */
    void problemAt(long start, String message) {
        problem(at(pointer(), start), message);
    }

    /**
     * The index of the element just read in its array, or -1 for a value at the root. The parser
     * stands on the element's last token.
     */
    int elementIndex() {
        JsonStreamContext context = parser.getParsingContext();
        return context.inArray() ? context.getCurrentIndex() : -1;
    }

    /** Reads each element of an array; reports a value that is not an array and skips it. */
    void array(ValueReader element) throws IOException {
        if (!expect(JsonToken.START_ARRAY, "an array")) {
            return;
        }
        while (next() != JsonToken.END_ARRAY) {
            element.read();
        }
    }

    /** The current value as a string; null, reported, if it is not one. */
    String text() throws IOException {
        return expect(JsonToken.VALUE_STRING, "a string") ? parser.getText() : null;
    }

    /** The current value as a whole number; null, reported, if it is not one or is too large. */
    Integer integer() throws IOException {
        if (!expect(JsonToken.VALUE_NUMBER_INT, "a whole number")) {
            return null;
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            problem(parser.getText() + " is out of range");
            return null;
        }
        return parser.getIntValue();
    }

    /**
     * The current value as a string parsed into a value, which must be written in its canonical
     * text; null, reported with the parser's own message (such as core's {@code InvalidTextException}),
     * if it is not.
     */
    <T> T canonical(Function<String, T> parse, Function<T, String> canonical) throws IOException {
        return canonical(text(), parse, canonical);
    }

    /**
     * As {@link #canonical(Function, Function)}, through a table of the values already read: a text
     * found in it is neither turned into a string nor parsed again. A value read is put in the table.
     */
    <T> T shared(TextTable<T> table, Function<String, T> parse, Function<T, String> canonical) throws IOException {
        if (!expect(JsonToken.VALUE_STRING, "a string")) {
            return null;
        }
        T known = table.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (known != null) {
            return known;
        }
        String text = parser.getText();
        T value = canonical(text, parse, canonical);
        if (value != null) {
            table.put(text, value);
        }
        return value;
    }

    /** As {@link #canonical(Function, Function)}, for the text of the current value already read. */
    <T> T canonical(String text, Function<String, T> parse, Function<T, String> canonical) {
        if (text == null) {
            return null;
        }
        T value;
        try {
            value = parse.apply(text);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return null;
        }
        String written = canonical.apply(value);
        if (!written.equals(text)) {
            problem("\"" + text + "\" must be written in its canonical form \"" + written + "\"");
            return null;
        }
        return value;
    }

    /**
     * The problem that ends the parse: malformed JSON, at the place Jackson found it, or input
     * beyond a limit of {@link JsonSettings}, at the value that exceeds it. Jackson's message is kept,
     * its references to places and settings dropped.
     */
    Problem fatal(JsonProcessingException e) {
        String message = SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
        if (e instanceof StreamConstraintsException) {
            message = "the input exceeds a limit of this reader: " + LIMIT_HINT.matcher(message).replaceAll(")");
            return new Problem(here(), message);
        }
        return new Problem(now(e.getLocation()), message);
    }

    /** Whether the current token is the one expected; if not, reports what was found and skips it. */
    private boolean expect(JsonToken expected, String what) throws IOException {
        JsonToken found = parser.currentToken();
        if (found == expected) {
            return true;
        }
        problem("expected " + what + ", found " + describe(found));
        parser.skipChildren();
        return false;
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString();
        }
    }
}
