package dev.tally.app.plugins;

/** Thrown when two format plugins claim the same id or file extension. */
public final class FormatConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  which plugins claim what
     */
    public FormatConflictException(String message) {
        super(message);
    }
}
