package dev.tally.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a format plugin calls itself: an id for {@code --format}, a name for people, and the file
 * extensions it claims.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the format's id, lower case, such as {@code json}
 * @param name  the name for people, such as "Tally JSON ledger"
 * @param extensions  the file extensions it reads or writes, lower case, without the dot, at least one
 */
public record FormatDescriptor(String id, String name, List<String> extensions) {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9.+-]*");

    /**
     * Checks every component, lower-cases the extensions and strips their leading dots.
     *
     * @param id  the format's id, lower case, such as {@code json}
     * @param name  the name for people, such as "Tally JSON ledger"
     * @param extensions  the file extensions it reads or writes, lower case, without the dot, at least one
     * @throws IllegalArgumentException if the id or an extension is malformed, or there is no extension
     */
    public FormatDescriptor {
        Objects.requireNonNull(id, "id");
        if (!TOKEN.matcher(id).matches()) {
            throw new IllegalArgumentException("format id \"" + id + "\" must be lower-case letters, digits, '.', '+' or '-'");
        }
        Objects.requireNonNull(name, "name");
        extensions = extensions.stream().map(e -> e.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT)).toList();
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("format " + id + " claims no file extension");
        }
        extensions.forEach(e -> {
            if (!TOKEN.matcher(e).matches()) {
                throw new IllegalArgumentException("format " + id + " claims a malformed extension \"" + e + "\"");
            }
        });
    }

    /**
     * Whether a file name ends with one of this format's extensions, ignoring case.
     *
     * @param fileName  the file name, not null
     * @return true if this format claims the file
     */
    public boolean claims(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
