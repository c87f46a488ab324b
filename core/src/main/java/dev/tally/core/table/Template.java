package dev.tally.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text over a table's columns, such as {@code ucdp-ged-{id}} or {@code {country}/{adm_1}}: each
 * {@code {header}} stands for the row's cell under that header. A row whose cell under any of
 * them is blank gives no text, so that a template never makes half a value.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Literal texts and headers, alternating: literal, header, literal, ..., literal. */
    private final List<String> parts;

    private Template(List<String> parts) {
        this.parts = parts;
    }

    /**
     * Whether a text holds a placeholder, and so is a template rather than a header.
     */
    static boolean isTemplate(String text) {
        return text.indexOf('{') >= 0 || text.indexOf('}') >= 0;
    }

    /**
     * Reads a template.
     *
     * @throws IllegalArgumentException if a brace is unmatched, a placeholder empty, or none given
     */
    static Template parse(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(text.substring(at, m.start()));
            String header = m.group(1).strip();
            if (header.isEmpty()) {
                throw new IllegalArgumentException("\"" + text + "\" has an empty {}; write a column's header between "
                        + "the braces, such as {country}");
            }
            parts.add(header);
            at = m.end();
        }
        parts.add(text.substring(at));
        if (parts.size() == 1 || parts.stream().anyMatch(Template::isTemplate)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a template; write each column's header between "
                    + "braces, such as ucdp-ged-{id}, and no other braces");
        }
        return new Template(List.copyOf(parts));
    }

    /** The headers the template names, in order. */
    List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < parts.size(); i += 2) {
            headers.add(parts.get(i));
        }
        return headers;
    }

    /** The one header the template is, when it is nothing but {@code {header}}. */
    Optional<String> single() {
        return parts.size() == 3 && parts.get(0).isEmpty() && parts.get(2).isEmpty() ? Optional.of(parts.get(1))
                : Optional.empty();
    }

    /**
     * The template's text for a row.
     *
     * @param cell  the text of the row's cell under a header, or empty if it is blank
     * @return the text, or empty if a cell the template names is blank
     */
    Optional<String> render(Function<String, Optional<String>> cell) {
        StringBuilder out = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i += 2) {
            Optional<String> value = cell.apply(parts.get(i));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.append(value.get()).append(parts.get(i + 1));
        }
        return Optional.of(out.toString());
    }
}
