package dev.tally.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "7|7", "999|999", "1000|1,000", "4700|4,700", "123456|123,456", "1234567|1,234,567",
        "-999|-999", "-1000|-1,000", "-123456|-123,456",
        "9223372036854775807|9,223,372,036,854,775,807", "-9223372036854775808|-9,223,372,036,854,775,808"})
    void count_groups_the_digits_by_thousands(long value, String text) {
        assertThat(Figures.count(value)).isEqualTo(text);
    }

    @Test
    void count_writes_what_english_number_formatting_writes_at_every_power_of_ten() {
        LongStream.rangeClosed(0, 18).map(power -> (long) Math.pow(10, power))
                .flatMap(ten -> LongStream.of(ten - 1, ten, ten + 1, -ten + 1, -ten, -ten - 1))
                .forEach(value -> assertThat(Figures.count(value)).as("%d", value)
                        .isEqualTo(String.format(Locale.ENGLISH, "%,d", value)));
    }

    @Test
    void count_of_nothing_is_the_given_text() {
        assertThat(Figures.count(OptionalLong.empty(), "unbounded")).isEqualTo("unbounded");
        assertThat(Figures.count(OptionalLong.of(2500), "unbounded")).isEqualTo("2,500");
    }
}
