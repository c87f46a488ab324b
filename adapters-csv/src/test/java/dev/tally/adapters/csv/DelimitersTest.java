package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimitersTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(chars = {',', ';', '\t', '|'})
    void each_common_delimiter_is_found(char delimiter) {
        String csv = String.join(String.valueOf(delimiter), "Source", "Metric", "Figure", "As of") + "\n"
                + String.join(String.valueOf(delimiter), "nis", "killed", "300", "2025-01") + "\n";

        assertThat(Delimiters.find(csv, false)).contains(delimiter);
    }

    @Test
    void a_title_line_above_the_header_does_not_mislead_it() {
        String csv = "Losses, as reported; by month | 2025\nSource;Metric;Figure;As of\nnis;killed;300;2025-01\n"
                + "nis;wounded;2,700;2025-01\n";

        assertThat(Delimiters.find(csv, false)).contains(';');
    }

    @Test
    void commas_inside_quotes_do_not_count() {
        String csv = "Source;Note\nnis;\"killed, wounded, missing, captured\"\nmil;\"a, b, c, d, e\"\n";

        assertThat(Delimiters.find(csv, false)).contains(';');
    }

    @Test
    void the_delimiter_the_most_records_share_wins_over_one_that_occurs_more_often() {
        String csv = "a,b\nc,d\ne,f\nx;y;z;w;v\n";

        assertThat(Delimiters.find(csv, false)).contains(',');
    }

    @Test
    void comment_lines_are_not_looked_at_when_they_are_comments() {
        String csv = "# a;b;c\n# d;e;f\n# g;h;i\nSource,Figure\nnis,300\n";

        assertThat(Delimiters.find(csv, true)).contains(',');
        assertThat(Delimiters.find(csv, false)).contains(';');
    }

    @Test
    void a_last_line_without_a_line_break_counts() {
        assertThat(Delimiters.find("Source|Figure", false)).contains('|');
    }

    @Test
    void a_text_without_any_candidate_shows_none() {
        assertThat(Delimiters.find("Source Figure\nnis 300\n", false)).isEqualTo(Optional.empty());
        assertThat(Delimiters.find("", false)).isEqualTo(Optional.empty());
    }
}
