package dev.tally.app.plugins;

/** Thrown when no format plugin fits a file name or format id; the message lists those that exist. */
public final class UnknownFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what was asked for and which formats exist
     */
    public UnknownFormatException(String message) {
        super(message);
    }
}
