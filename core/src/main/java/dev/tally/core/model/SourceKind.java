package dev.tally.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of body a source is. */
public enum SourceKind {
    /** An intelligence agency, such as South Korea's NIS. */
    INTELLIGENCE("intelligence agency", "intelligence service"),
    /** A military or defence ministry. */
    MILITARY("army", "armed forces", "navy", "air force", "armed force", "defence ministry", "defense ministry"),
    /** A government or its officials. */
    GOVERNMENT("official", "officials", "ministry", "government agency", "state agency", "authorities"),
    /** A news organisation. */
    MEDIA("news", "newspaper", "press", "wire", "news agency", "wire service", "broadcaster"),
    /** A non-governmental organisation. */
    NGO("UN agency", "United Nations agency", "non-governmental organisation", "non-governmental organization",
            "charity"),
    /** A university or research institute. */
    ACADEMIC("historian", "scholar", "university", "think tank", "researcher", "research institute"),
    /** Anything else. */
    OTHER;

    private final List<String> synonyms;

    SourceKind(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    /**
     * The other words that name this kind, as analysts write them in a Kind cell: the one table of
     * source kind synonyms.
     *
     * <table>
     *   <caption>Source kinds and their synonyms</caption>
     *   <tr><th>kind</th><th>synonyms</th></tr>
     *   <tr><td>intelligence</td><td>intelligence agency, intelligence service</td></tr>
     *   <tr><td>military</td><td>army, armed forces, navy, air force, armed force, defence ministry, defense ministry</td></tr>
     *   <tr><td>government</td><td>official, officials, ministry, government agency, state agency, authorities</td></tr>
     *   <tr><td>media</td><td>news, newspaper, press, wire, news agency, wire service, broadcaster</td></tr>
     *   <tr><td>ngo</td><td>UN agency, United Nations agency, non-governmental organisation (or organization), charity</td></tr>
     *   <tr><td>academic</td><td>historian, scholar, university, think tank, researcher, research institute</td></tr>
     *   <tr><td>other</td><td>none</td></tr>
     * </table>
     *
     * @return the synonyms, never null, unmodifiable
     */
    public List<String> synonyms() {
        return synonyms;
    }

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
        return Ids.byName(SourceKind.class, text, "is not a source kind; use one of "
                + "intelligence, military, government, media, ngo, academic, other");
    }

    /**
     * Reads a kind by its name or one of its {@link #synonyms()}, ignoring case, spaces and
     * punctuation, as a spreadsheet's Kind cell gives it: "Historian" and "think tank" are
     * academic, "Army" military.
     *
     * @param text  the name or synonym, not null
     * @return the kind, never null
     * @throws IllegalArgumentException if no kind has that name or synonym; the message lists the
     *     kinds with their synonyms
     */
    public static SourceKind fromWords(String text) {
        String key = key(text);
        for (SourceKind kind : values()) {
            if (key.equals(key(kind.toText())) || kind.synonyms.stream().anyMatch(s -> key.equals(key(s)))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a source kind; use one of " + Arrays.stream(values())
                .map(k -> k.toText() + (k.synonyms.isEmpty() ? "" : " (" + String.join(", ", k.synonyms) + ")"))
                .collect(Collectors.joining(", ")));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
