package dev.tally.app.render;

import java.util.Locale;
import java.util.OptionalLong;

/** Numbers as people read them: thousands separators, and a dash for what is absent or unbounded. */
public final class Figures {

    private Figures() {
    }

    /**
     * A count with thousands separators.
     *
     * @param value  the count
     * @return the text, such as {@code 4,700}
     */
    public static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
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
