package dev.tally.adapters.csv;

import dev.tally.core.spi.FormatOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user says of a CSV file to read: its delimiter and encoding when they are not to be
 * detected, whether {@code #} lines are comments, and the companion files that list the sources,
 * subjects and metrics.
 *
 * @param delimiter  the field separator, or empty to detect it
 * @param encoding  the encoding, or empty to detect it
 * @param comments  whether lines that begin with {@code #} are comments
 * @param sources  the file of sources, if any
 * @param subjects  the file of subjects, if any
 * @param metrics  the file of metrics, if any
 */
record CsvOptions(Optional<Character> delimiter, Optional<Charset> encoding, boolean comments,
                  Optional<Path> sources, Optional<Path> subjects, Optional<Path> metrics) {

    static final String DELIMITER = "delimiter";
    static final String ENCODING = "encoding";
    static final String COMMENTS = "comments";
    static final String SOURCES = "sources";
    static final String SUBJECTS = "subjects";
    static final String METRICS = "metrics";

    /**
     * Reads the options.
     *
     * @throws IllegalArgumentException if one cannot be read; the message says which and what to write
     */
    static CsvOptions of(FormatOptions options) {
        return new CsvOptions(options.get(DELIMITER).map(CsvOptions::delimiter),
                options.get(ENCODING).map(CsvOptions::encoding), options.get(COMMENTS).isPresent(),
                options.get(SOURCES).map(Path::of), options.get(SUBJECTS).map(Path::of),
                options.get(METRICS).map(Path::of));
    }

    private static char delimiter(String text) {
        String name = text.toLowerCase(Locale.ROOT);
        if (name.equals("tab") || name.equals("\\t")) {
            return '\t';
        }
        if (text.length() != 1 || text.charAt(0) == '"' || text.charAt(0) == '\r' || text.charAt(0) == '\n') {
            throw new IllegalArgumentException("--delimiter \"" + text + "\": give one character, such as , ; | or "
                    + "tab");
        }
        return text.charAt(0);
    }

    private static Charset encoding(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding \"" + name + "\" is not an encoding this Java knows; give "
                    + "one such as utf-8, windows-1252, iso-8859-1 or utf-16");
        }
    }
}
