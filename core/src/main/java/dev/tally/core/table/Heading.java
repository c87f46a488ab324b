package dev.tally.core.table;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column of a sheet, as an enum constant of that sheet's columns: see {@link Names}.
 */
public interface Heading {

    /**
     * The column's names.
     *
     * @return the names, never null
     */
    Names names();

    /**
     * The column's 0-based position in the sheet the writer makes (the enum constant's ordinal).
     *
     * @return the position
     */
    int ordinal();

    /**
     * The key by which headers match: lower case, letters and digits only.
     *
     * @param text  the header text, not null
     * @return the key, never null
     */
    static String key(String text) {
        return Names.NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * What a column is called: the header the writer gives it, the other headers and HXL tags the
     * reader accepts for it, and whether a sheet must have it.
     *
     * @param required  whether a sheet must have the column
     * @param headers  every header the reader accepts, the written one first
     * @param tags  the HXL hashtags with attributes, such as {@code #date+reported}, that name the column
     */
    public record Names(boolean required, List<String> headers, List<String> tags) {

        /** What {@link Heading#key(String)} removes. */
        static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

        /**
         * Copies the lists.
         *
         * @param required  whether a sheet must have the column
         * @param headers  every header the reader accepts, the written one first
         * @param tags  the HXL hashtags with attributes that name the column
         */
        public Names {
            headers = List.copyOf(headers);
            tags = List.copyOf(tags);
        }

        /**
         * Names without HXL tags.
         *
         * @param required  whether a sheet must have the column
         * @param headers  every header the reader accepts, the written one first
         * @return the names, never null
         */
        public static Names of(boolean required, String... headers) {
            return new Names(required, List.of(headers), List.of());
        }

        /**
         * The header the writer uses.
         *
         * @return the header, never null
         */
        public String header() {
            return headers.get(0);
        }

        /**
         * Whether a header text names this column, ignoring case, spaces and punctuation.
         *
         * @param text  the header text, not null
         * @return true if it names the column
         */
        public boolean matches(String text) {
            String key = key(text);
            return !key.isEmpty() && headers.stream().anyMatch(h -> key(h).equals(key));
        }
    }
}
