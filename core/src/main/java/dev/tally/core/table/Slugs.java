package dev.tally.core.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ids made from names and contents, so that importing the same workbook twice gives the same ids. */
final class Slugs {

    private static final int MAX_SLUG = 60;

    private Slugs() {
    }

    /**
     * The slug of a name: lower-case ASCII letters and digits joined by '-', such as
     * {@code south-korean-military}; for a name with no such letters, {@code prefix-} and a hash.
     */
    static String slug(String name, String prefix) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-$", "");
        }
        return ascii.isEmpty() ? prefix + "-" + hash(name) : ascii;
    }

    /** The first ten hex digits of the SHA-256 of the parts joined by a separator no part holds. */
    static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
