package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Days before 1900 as LibreOffice and ExcelJS write them: negative serials from 1899-12-30 (day 0). */
class NegativeSerialsTest {

    static Stream<Arguments> serials() {
        return Stream.of(
                Arguments.of(-13331.0, false, Optional.of(LocalDate.of(1863, 7, 1))),
                Arguments.of(-13329.0, false, Optional.of(LocalDate.of(1863, 7, 3))),
                Arguments.of(-1.0, false, Optional.of(LocalDate.of(1899, 12, 29))),
                Arguments.of(-0.25, false, Optional.of(LocalDate.of(1899, 12, 29))),
                Arguments.of(-1.0, true, Optional.of(LocalDate.of(1903, 12, 31))),
                Arguments.of(-328716.0, false, Optional.of(LocalDate.of(1000, 1, 1))),
                Arguments.of(-328717.0, false, Optional.empty()),
                Arguments.of(-1e300, false, Optional.empty()),
                Arguments.of(Double.NEGATIVE_INFINITY, false, Optional.empty()),
                Arguments.of(Double.NaN, false, Optional.empty()),
                Arguments.of(0.0, false, Optional.empty()),
                Arguments.of(45000.0, false, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} (1904 system: {1}) is {2}")
    @MethodSource("serials")
    void a_negative_serial_is_the_day_libreoffice_means(double serial, boolean date1904, Optional<LocalDate> day) {
        assertEquals(day, NegativeSerials.day(serial, date1904));
    }
}
