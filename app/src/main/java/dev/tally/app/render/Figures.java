package dev.tally.app.render;

import java.util.Locale;
import java.util.OptionalLong;

/** Numbers as people read them: thousands separators, and a dash for what is absent or unbounded. */
final class Figures {

    private Figures() {
    }

    static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    static String count(OptionalLong value, String absent) {
        return value.isPresent() ? count(value.getAsLong()) : absent;
    }
}
