package dev.tally.core.model;

import java.util.Objects;
import java.util.Optional;

/** Checks shared by the value types: identifiers and optional texts. */
final class Ids {

    private static final int MAX_ID_LENGTH = 200;

    private Ids() {
    }

    /**
     * Checks an identifier: a letter or digit, then letters, digits, '.', '_', ':' or '-', up to 200 in all.
     */
    static String check(String id, String name) {
        Objects.requireNonNull(id, name);
        if (!isId(id)) {
            throw new IllegalArgumentException(name + " \"" + id + "\" is not an id: use letters, digits, '.', '_', ':'"
                    + " or '-', starting with a letter or digit, at most 200 characters");
        }
        return id;
    }

    /** A loop rather than a regular expression: ids are checked millions of times when a large ledger loads. */
    private static boolean isId(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID_LENGTH || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Checks a required text: not null and not blank; returns it without surrounding white space
     * and no-break spaces, as the readers of tables trim a cell, so that a name reads back the same
     * from every format.
     */
    static String text(String text, String name) {
        Objects.requireNonNull(text, name);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    /**
     * Finds the constant whose lower-case name equals the text, ignoring case and surrounding
     * spaces; otherwise throws with the message given.
     */
    static <E extends Enum<E>> E byName(Class<E> type, String text, String refusal) {
        String name = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(refusal);
    }

    /** An optional text with blank texts folded into empty, so that "" and absent are one value. */
    static Optional<String> optional(Optional<String> text, String name) {
        return Objects.requireNonNull(text, name).filter(t -> !t.isBlank());
    }
}
