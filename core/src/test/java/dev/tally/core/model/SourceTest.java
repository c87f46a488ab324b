package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The source value: what it accepts and how it names what it refuses. */
class SourceTest {

    @Test
    void a_country_code_is_stripped_and_upper_cased() {
        assertEquals(Optional.of("KR"), Source.of("nis", "NIS", SourceKind.INTELLIGENCE).withCountry(" kr ").country());
    }

    @Test
    void a_blank_country_is_no_country() {
        Source source = new Source("officials", "Officials", SourceKind.GOVERNMENT, Optional.of("  "), Optional.empty());

        assertEquals(Optional.empty(), source.country());
    }

    @Test
    void the_name_is_stripped_and_the_reliability_kept() {
        Source source = Source.of("nis", "  NIS ", SourceKind.INTELLIGENCE).withReliability(Reliability.B);

        assertEquals("NIS", source.name());
        assertEquals(Optional.of(Reliability.B), source.reliability());
    }

    @Test
    void names_lose_surrounding_no_break_spaces_as_a_table_cell_does_so_they_read_back_the_same() {
        assertEquals("NIS", Source.of("nis", "\u00a0NIS \u00a0", SourceKind.INTELLIGENCE).name());
        assertEquals("Lebanon", new Subject("lebanon", "Lebanon\u00a0").name());
        assertEquals("a\u00a0b", new Subject("ab", "a\u00a0b").name());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("nis", "NIS", "XX", "\"XX\" is not an ISO 3166-1 alpha-2 country code, such as KR or US"),
                Arguments.of("nis", "NIS", "KOR", "\"KOR\" is not an ISO 3166-1 alpha-2 country code"),
                Arguments.of("nis", " ", "KR", "source name must not be blank"),
                Arguments.of("nis", "\u00a0", "KR", "source name must not be blank"),
                Arguments.of("-nis", "NIS", "KR", "source id \"-nis\" is not an id: use letters, digits"),
                Arguments.of("n is", "NIS", "KR", "source id \"n is\" is not an id"),
                Arguments.of("", "NIS", "KR", "source id \"\" is not an id"),
                Arguments.of("x".repeat(201), "NIS", "KR", "at most 200 characters"));
    }

    @ParameterizedTest(name = "id \"{0}\", name \"{1}\", country \"{2}\"")
    @MethodSource("refusals")
    void a_source_refuses_a_malformed_id_a_blank_name_or_an_unknown_country(String id, String name, String country,
                                                                            String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Source.of(id, name, SourceKind.INTELLIGENCE).withCountry(country));

        assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
    }

    @Test
    void a_source_refuses_a_missing_kind_by_name() {
        NullPointerException refusal = assertThrows(NullPointerException.class, () -> Source.of("nis", "NIS", null));

        assertEquals("kind", refusal.getMessage());
    }
}
