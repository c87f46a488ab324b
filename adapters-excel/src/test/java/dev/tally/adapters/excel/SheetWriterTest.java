package dev.tally.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetWriterTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, -7, 10, 99, 999, 1_000, -1_000, 9_999, 12_345, 999_999, 1_000_000, -1_234_567,
        999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE})
    void grouped_width_counts_the_characters_a_number_shows_with_thousands_separators(long value) {
        assertThat(SheetWriter.groupedWidth(value)).isEqualTo(String.format(Locale.ENGLISH, "%,d", value).length());
    }
}
