package dev.tally.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpansTest {

    private static final LocalDate JAN = LocalDate.parse("2025-01-31");
    private static final LocalDate FEB = LocalDate.parse("2025-02-28");
    private static final LocalDate MAR = LocalDate.parse("2025-03-31");

    @Test
    void an_item_held_at_consecutive_dates_is_one_span_until_the_date_it_stops() {
        Spans<String> spans = new Spans<>();
        spans.at(JAN, List.of("a"));
        spans.at(FEB, List.of("a", "b"));
        spans.at(MAR, List.of("b"));
        assertThat(spans.spans()).containsExactly(new Span<>("a", JAN, Optional.of(MAR)), new Span<>("b", FEB, Optional.empty()));
    }

    @Test
    void an_item_that_comes_back_holds_in_two_spans() {
        Spans<String> spans = new Spans<>();
        spans.at(JAN, List.of("a"));
        spans.at(FEB, List.of());
        spans.at(MAR, List.of("a"));
        assertThat(spans.spans()).containsExactly(new Span<>("a", JAN, Optional.of(FEB)), new Span<>("a", MAR, Optional.empty()));
    }
}
