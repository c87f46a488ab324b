package dev.tally.app.render;

import java.util.Map;

/**
 * Colour for people at a terminal: bold headings, red errors, yellow warnings. Plain text when the
 * output is not a terminal or when {@code NO_COLOR} is set (https://no-color.org).
 */
public final class Style {

    /** No colour at all. */
    public static final Style PLAIN = new Style(false);

    private static final String RESET = "\u001b[0m";

    private final boolean ansi;

    private Style(boolean ansi) {
        this.ansi = ansi;
    }

    /**
     * The style for an output.
     *
     * @param terminal  whether the output is a terminal
     * @param environment  the environment variables
     * @return colour on a terminal unless {@code NO_COLOR} is set and not empty, else plain
     */
    public static Style detect(boolean terminal, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) ? new Style(true) : PLAIN;
    }

    String heading(String text) {
        return paint("\u001b[1m", text);
    }

    String error(String text) {
        return paint("\u001b[1;31m", text);
    }

    String warning(String text) {
        return paint("\u001b[33m", text);
    }

    private String paint(String code, String text) {
        return ansi ? code + text + RESET : text;
    }
}
