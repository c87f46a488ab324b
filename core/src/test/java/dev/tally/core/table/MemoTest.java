package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final List<String> read = new ArrayList<>();
    private final Memo<Period> periods = new Memo<>(text -> {
        read.add(text);
        return Period.parse(text);
    });

    @Test
    void a_text_given_again_is_read_once_and_its_value_shared() {
        Period first = periods.get("2024-03");
        Period again = periods.get("2024-03");

        assertThat(again).isSameAs(first).isEqualTo(Period.parse("2024-03"));
        assertThat(read).containsExactly("2024-03");
    }

    @Test
    void a_text_that_cannot_be_read_fails_each_time_with_its_own_message() {
        assertThatThrownBy(() -> periods.get("March")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("March");
        assertThatThrownBy(() -> periods.get("March")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("March");
        assertThat(read).containsExactly("March", "March");
    }

    @Test
    void texts_beyond_the_most_kept_are_read_each_time() {
        for (int day = 0; day < Memo.MAX_TEXTS; day++) {
            periods.get(java.time.LocalDate.of(2000, 1, 1).plusDays(day).toString());
        }
        String later = java.time.LocalDate.of(2000, 1, 1).plusDays(Memo.MAX_TEXTS).toString();
        periods.get(later);
        periods.get(later);
        periods.get("2000-01-01");

        assertThat(read).hasSize(Memo.MAX_TEXTS + 2).endsWith(later, later);
    }
}
