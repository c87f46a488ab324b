package dev.tally.core.model;

import java.util.Objects;
import java.util.Optional;

/** Checks shared by the value types: identifiers and optional texts. */
final class Ids {

    private static final int MAX_ID_LENGTH = 200;
    /** Which ASCII characters may follow the first of an id, by their codes. */
    private static final boolean[] ID_CHARS = idChars();

    /**
     * Ids found good, by their hash: a shared id (a source's, named by a million estimates) is one
     * string, checked once. A slot is read and written without a lock: a string is immutable, and a
     * slot read stale only costs a check.
     */
    private static final String[] CHECKED = new String[1024];

    /** The constants of each enum, got once: {@link Class#getEnumConstants()} copies them at every call. */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

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

    /**
     * Checks an identifier as {@link #check(String, String)} does, for ids that many records share
     * (those of sources, subjects and metrics): the same string is checked once.
     */
    static String checkShared(String id, String name) {
        Objects.requireNonNull(id, name);
        int slot = id.hashCode() & (CHECKED.length - 1);
        if (CHECKED[slot] != id) {
            check(id, name);
            CHECKED[slot] = id;
        }
        return id;
    }

    /**
     * A loop over a table rather than a regular expression or a chain of comparisons: ids are
     * checked millions of times when a large ledger loads, and the letters and digits of an id such
     * as {@code e1024} would make the branches of a chain mispredict.
     */
    private static boolean isId(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID_LENGTH || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (c >= ID_CHARS.length || !ID_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Which ASCII characters may follow the first of an id: letters, digits, '.', '_', ':' and '-'. */
    private static boolean[] idChars() {
        boolean[] chars = new boolean[128];
        for (char c = 0; c < chars.length; c++) {
            chars[c] = isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
        }
        return chars;
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
     * spaces; otherwise throws with the message {@code "TEXT" REFUSAL}, built only then.
     */
    static <E extends Enum<E>> E byName(Class<E> type, String text, String refusal) {
        String name = text.strip();
        for (Object constant : CONSTANTS.get(type)) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
                return type.cast(constant);
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" " + refusal);
    }

    /** An optional text with blank texts folded into empty, so that "" and absent are one value. */
    static Optional<String> optional(Optional<String> text, String name) {
        return Objects.requireNonNull(text, name).filter(t -> !t.isBlank());
    }
}
