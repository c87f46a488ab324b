package dev.tally.app.render;

import java.util.OptionalLong;

/** Numbers as people read them: thousands separators, and a dash for what is absent or unbounded. */
public final class Figures {

    /** Digits between two separators, as {@code String.format(Locale.ENGLISH, "%,d", value)} groups them. */
    private static final int GROUP = 3;

    private Figures() {
    }

    /**
     * A count with thousands separators.
     *
     * @param value  the count
     * @return the text, such as {@code 4,700}
     */
    public static String count(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int first = sign + (digits.length() - sign - 1) % GROUP + 1;
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / GROUP).append(digits, 0, first);
        for (int i = first; i < digits.length(); i += GROUP) {
            text.append(',').append(digits, i, i + GROUP);
        }
        return text.toString();
    }

    /**
     * A count with thousands separators, or the given text when there is none.
     *
     * @param value  the count, if any
     * @param absent  the text for no count
     * @return the text, never null
     */
    public static String count(OptionalLong value, String absent) {
        return value.isPresent() ? count(value.getAsLong()) : absent;
    }
}
