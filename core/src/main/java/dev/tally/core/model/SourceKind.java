package dev.tally.core.model;

import java.util.Locale;

/** What kind of body a source is. */
public enum SourceKind {
    /** An intelligence agency, such as South Korea's NIS. */
    INTELLIGENCE,
    /** A military or defence ministry. */
    MILITARY,
    /** A government or its officials. */
    GOVERNMENT,
    /** A news organisation. */
    MEDIA,
    /** A non-governmental organisation. */
    NGO,
    /** A university or research institute. */
    ACADEMIC,
    /** Anything else. */
    OTHER;

    /**
     * The lower-case name used in files: {@code intelligence}, {@code military} and so on.
     *
     * @return the text, never null
     */
    public String toText() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind by its name, ignoring case.
     *
     * @param text  the name, not null
     * @return the kind, never null
     * @throws IllegalArgumentException if no kind has that name; the message lists the kinds
     */
    public static SourceKind parse(String text) {
        return Ids.byName(SourceKind.class, text, "\"" + text + "\" is not a source kind; use one of "
                + "intelligence, military, government, media, ngo, academic, other");
    }
}
