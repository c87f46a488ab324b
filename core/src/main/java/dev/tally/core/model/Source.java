package dev.tally.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes a claim: an agency, a military, a government, a newspaper.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the slug that estimates use to name the source, such as {@code nis}
 * @param name  the full name, such as "National Intelligence Service (South Korea)"
 * @param kind  what kind of body it is
 * @param country  the ISO 3166-1 alpha-2 code of its country, upper case; empty for a joint or
 *                 international source
 * @param reliability  the Admiralty grade of the source, if graded
 */
public record Source(String id, String name, SourceKind kind, Optional<String> country,
                     Optional<Reliability> reliability) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Checks every component.
     *
     * @param id  the slug that estimates use to name the source, such as {@code nis}
     * @param name  the full name, such as "National Intelligence Service (South Korea)"
     * @param kind  what kind of body it is
     * @param country  the ISO 3166-1 alpha-2 code of its country, upper case; empty for a joint or international source
     * @param reliability  the Admiralty grade of the source, if graded
     * @throws IllegalArgumentException if the id is malformed, the name blank or the country not
     *         an ISO 3166-1 alpha-2 code
     */
    public Source {
        Ids.check(id, "source id");
        name = Ids.text(name, "source name");
        Objects.requireNonNull(kind, "kind");
        country = Ids.optional(country, "country").map(c -> c.strip().toUpperCase(Locale.ROOT));
        country.ifPresent(c -> {
            if (!COUNTRIES.contains(c)) {
                throw new IllegalArgumentException("\"" + c + "\" is not an ISO 3166-1 alpha-2 country code, such as KR or US");
            }
        });
        Objects.requireNonNull(reliability, "reliability");
    }

    /**
     * An ungraded source with no country.
     *
     * @param id  the slug, not null
     * @param name  the full name, not blank
     * @param kind  the kind, not null
     * @return the source, never null
     */
    public static Source of(String id, String name, SourceKind kind) {
        return new Source(id, name, kind, Optional.empty(), Optional.empty());
    }

    /**
     * This source with the given country.
     *
     * @param code  the ISO 3166-1 alpha-2 code, not null
     * @return the changed source, never null
     */
    public Source withCountry(String code) {
        return new Source(id, name, kind, Optional.of(code), reliability);
    }

    /**
     * This source with the given reliability grade.
     *
     * @param grade  the grade, not null
     * @return the changed source, never null
     */
    public Source withReliability(Reliability grade) {
        return new Source(id, name, kind, country, Optional.of(grade));
    }
}
