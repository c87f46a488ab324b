package dev.tally.core.model;

import java.util.Objects;

/**
 * Thrown when a text cannot be read as a figure or a period.
 *
 * <p>The exception keeps the offending text and the reason, so that an adapter can place the
 * problem at its cell or JSON pointer and still say what went wrong and what is accepted.
 */
public final class InvalidTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The offending text. */
    private final String text;
    /** Why it was refused. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param what  what the text was meant to be, such as "figure" or "period", not null
     * @param text  the offending text, not null
     * @param reason  why it was refused and what is accepted instead, not null
     */
    public InvalidTextException(String what, String text, String reason) {
        super("\"" + Objects.requireNonNull(text, "text") + "\" is not a " + Objects.requireNonNull(what, "what")
                + ": " + Objects.requireNonNull(reason, "reason"));
        this.text = text;
        this.reason = reason;
    }

    /**
     * The text that was refused.
     *
     * @return the text as given, never null
     */
    public String text() {
        return text;
    }

    /**
     * Why the text was refused, with the forms that are accepted.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason;
    }
}
