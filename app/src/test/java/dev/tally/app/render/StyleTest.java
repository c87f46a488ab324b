package dev.tally.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleTest {

    @Test
    void a_terminal_gets_colour() {
        assertThat(Style.detect(true, Map.of()).heading("Sources")).isEqualTo("\u001b[1mSources\u001b[0m");
    }

    @Test
    void no_color_turns_colour_off_even_on_a_terminal() {
        assertThat(Style.detect(true, Map.of("NO_COLOR", "1")).heading("Sources")).isEqualTo("Sources");
    }

    @Test
    void an_empty_no_color_is_ignored_as_the_convention_says() {
        assertThat(Style.detect(true, Map.of("NO_COLOR", "")).error("error")).isEqualTo("\u001b[1;31merror\u001b[0m");
    }

    @Test
    void a_pipe_never_gets_colour() {
        assertThat(Style.detect(false, Map.of()).warning("warning")).isEqualTo("warning");
    }

    @Test
    void colour_leaves_the_words_of_a_check_report_intact() {
        var finding = new dev.tally.core.analysis.Finding("wide-range", dev.tally.core.analysis.Severity.WARNING,
                "x gives the range 1–100", java.util.List.of("x"));

        assertThat(new CheckRenderer(Style.detect(true, Map.of())).render(java.util.List.of("t"), java.util.List.of(finding)))
                .contains("\u001b[33mwarning\u001b[0m [wide-range] x gives the range 1–100");
    }
}
