package dev.tally.core.table;

/**
 * One entry of a column mapping as an option gives it: {@code [ORIGIN] NAME=TEXT}, where the
 * optional origin says where the entry was written (a mapping file's field) and is otherwise the
 * option itself.
 *
 * @param where  the entry as problems name it
 * @param name  what the entry maps, such as {@code As of}
 * @param text  what the entry says, such as {@code date_start/date_end}
 */
record MappingEntry(String where, String name, String text) {

    /** Reads an option's value; a value with no '=' has an empty name and text. */
    static MappingEntry parse(String option, String given) {
        String rest = given;
        String where = "--" + option + " \"" + given + "\"";
        int close = given.indexOf("] ");
        if (given.startsWith("[") && close > 0) {
            where = given.substring(1, close);
            rest = given.substring(close + 2);
        }
        int equals = rest.indexOf('=');
        return equals < 0 ? new MappingEntry(where, "", "")
                : new MappingEntry(where, rest.substring(0, equals).strip(), rest.substring(equals + 1).strip());
    }

    /** The option's value that gives this entry from an origin. */
    static String format(String origin, String name, String text) {
        return "[" + origin + "] " + name + "=" + text;
    }

    /** Whether the entry was written elsewhere, such as in a mapping file, rather than given as an option of its own. */
    boolean fromFile() {
        return !where.startsWith("--");
    }

    /** A problem of this entry. */
    String problem(String message) {
        return where + ": " + message;
    }
}
