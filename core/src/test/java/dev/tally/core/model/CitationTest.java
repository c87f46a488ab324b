package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The citation value: something must be cited, and blank is nothing. */
class CitationTest {

    @Test
    void a_citation_refuses_to_cite_nothing() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new Citation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertEquals("a citation needs a title, a publisher, a URL or a quote", refusal.getMessage());
    }

    @Test
    void a_citation_of_blank_texts_cites_nothing() {
        assertThrows(IllegalArgumentException.class,
                () -> new Citation(Optional.of(" "), Optional.of(""), Optional.empty(), Optional.of("\t")));
    }

    @Test
    void blank_parts_are_folded_into_empty_ones() {
        Citation citation = new Citation(Optional.of(""), Optional.empty(), Optional.of("https://example.org/a"),
                Optional.of("  "));

        assertEquals(new Citation(Optional.empty(), Optional.empty(), Optional.of("https://example.org/a"),
                Optional.empty()), citation);
    }

    @Test
    void of_cites_a_title_and_a_quote() {
        Citation citation = Citation.of("A report", "It said so.");

        assertEquals(Optional.of("A report"), citation.title());
        assertEquals(Optional.of("It said so."), citation.quote());
        assertEquals(Optional.empty(), citation.url());
    }
}
