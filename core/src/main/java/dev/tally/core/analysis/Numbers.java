package dev.tally.core.analysis;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts for people, with thousands separators ({@code 4,700}), as in the findings' messages. One
 * format per thread: making a format costs far more than using one, and a format is not thread-safe.
 */
final class Numbers {

    private static final ThreadLocal<NumberFormat> GROUPED =
            ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.ENGLISH));

    private Numbers() {
    }

    /** The count with thousands separators. */
    static String grouped(long count) {
        return GROUPED.get().format(count);
    }
}
