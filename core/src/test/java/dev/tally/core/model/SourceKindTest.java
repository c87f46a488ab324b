package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Source kinds read from the words analysts write, through the one table of synonyms. */
class SourceKindTest {

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("academic", SourceKind.ACADEMIC), Arguments.of("Historian", SourceKind.ACADEMIC),
                Arguments.of("scholar", SourceKind.ACADEMIC), Arguments.of("University", SourceKind.ACADEMIC),
                Arguments.of("think tank", SourceKind.ACADEMIC), Arguments.of("think-tank", SourceKind.ACADEMIC),
                Arguments.of("official", SourceKind.GOVERNMENT), Arguments.of("Ministry", SourceKind.GOVERNMENT),
                Arguments.of("government agency", SourceKind.GOVERNMENT),
                Arguments.of("news", SourceKind.MEDIA), Arguments.of("newspaper", SourceKind.MEDIA),
                Arguments.of("press", SourceKind.MEDIA), Arguments.of("wire", SourceKind.MEDIA),
                Arguments.of("army", SourceKind.MILITARY), Arguments.of("Armed Forces", SourceKind.MILITARY),
                Arguments.of("navy", SourceKind.MILITARY),
                Arguments.of("UN agency", SourceKind.NGO), Arguments.of("NGO", SourceKind.NGO),
                Arguments.of("charity", SourceKind.NGO),
                Arguments.of("intelligence agency", SourceKind.INTELLIGENCE), Arguments.of("OTHER", SourceKind.OTHER));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("words")
    void from_words_reads_a_kind_by_its_name_or_a_synonym(String text, SourceKind kind) {
        assertEquals(kind, SourceKind.fromWords(text));
    }

    @Test
    void from_words_refuses_an_unknown_kind_listing_the_kinds_and_their_synonyms() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> SourceKind.fromWords("blogger"));

        assertEquals("\"blogger\" is not a source kind; use one of intelligence (intelligence agency, intelligence "
                + "service), military (army, armed forces, navy, air force, armed force, defence ministry, defense "
                + "ministry), government (official, officials, ministry, government agency, state agency, "
                + "authorities), media (news, newspaper, press, wire, news agency, wire service, broadcaster), ngo (UN "
                + "agency, United Nations agency, non-governmental organisation, non-governmental organization, "
                + "charity), academic (historian, scholar, university, think tank, researcher, research institute), "
                + "other", refusal.getMessage());
    }

    @Test
    void parse_stays_strict_for_files_that_write_the_kind_itself() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> SourceKind.parse("historian"));

        assertEquals("\"historian\" is not a source kind; use one of intelligence, military, government, media, ngo, "
                + "academic, other", refusal.getMessage());
    }
}
