package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Period;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatePrecisionTest {

    static Stream<Arguments> widenings() {
        return Stream.of(
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-11/2015-05-12", 2, "2015-05-11/2015-05-12"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-02-13/2015-02-19", 3, "2015-02-13/2015-02-19"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-01-25/2015-02-03", 4, "2015-01-25/2015-02-03"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-14", 3, "2015-05-11/2015-05-17"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-14", 4, "2015-05"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-14", 5, "2015"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-01/2015-05-07", 4, "2015-05"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-01/2015-05-08", 4, "2015-05-01/2015-05-08"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-01/2015-05-31", 5, "2015"),
                Arguments.of(DatePrecision.UCDP_GED, "2015-05-01/2015-06-01", 5, "2015-05-01/2015-06-01"),
                Arguments.of(DatePrecision.ACLED, "2024-03-07", 1, "2024-03-07"),
                Arguments.of(DatePrecision.ACLED, "2024-03-07", 2, "2024-03-04/2024-03-10"),
                Arguments.of(DatePrecision.ACLED, "2024-03-07", 3, "2024-03"));
    }

    @ParameterizedTest
    @MethodSource("widenings")
    void a_period_widens_to_what_its_precision_code_says_is_known(DatePrecision scale, String read, int code,
                                                                  String widened) {
        assertThat(scale.widened(Period.parse(read), code).toText()).isEqualTo(widened);
    }

    @ParameterizedTest
    @MethodSource("widenings")
    void a_code_outside_the_scale_is_refused_with_the_codes_to_write(DatePrecision scale, String read) {
        assertThatThrownBy(() -> scale.widened(Period.parse(read), 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("9 is not a " + scale.id() + " date precision; write a code from 1 to ");
    }
}
