package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code _xHHHH_} escapes of workbook text, as Excel writes and reads them. */
class XstringsTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                arguments("plain text, tabs\tand\nlines\r", "plain text, tabs\tand\nlines\r"),
                arguments("a\u0001b", "a_x0001_b"),
                arguments("\u0000\u001f\u007f", "_x0000__x001F_\u007f"),
                arguments("\ud800 \udc00 \ud83d\ude00", "_xD800_ _xDC00_ \ud83d\ude00"),
                arguments("\ufffe\uffff\ufffd", "_xFFFE__xFFFF_\ufffd"),
                arguments("_x0041_ _x00e9_ _x12_ _xGGGG_", "_x005F_x0041_ _x005F_x00e9_ _x12_ _xGGGG_"),
                arguments("_x0041\u0001 _x0041", "_x005F_x0041_x0001_ _x005F_x0041"),
                arguments("_x\u0660\u0661\u0662\u0663_", "_x\u0660\u0661\u0662\u0663_"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void encode_escapes_what_xml_cannot_hold_and_underscores_that_start_an_escape(String text, String written) {
        assertEquals(written, Xstrings.encode(text));
        assertEquals(text, Xstrings.decode(written));
    }

    @Test
    void decode_reads_escapes_left_to_right_in_either_case() {
        assertAll(
                () -> assertEquals("\r", Xstrings.decode("_x000D_")),
                () -> assertEquals("\rx", Xstrings.decode("_x000d_x")),
                () -> assertEquals("_x0041_", Xstrings.decode("_x005F_x0041_")),
                () -> assertEquals("AB", Xstrings.decode("_x0041__x0042_")),
                () -> assertEquals("_x004_ _x0041", Xstrings.decode("_x004_ _x0041")));
    }

    @Property(tries = 2_000)
    void any_text_survives_encoding_as_characters_xml_can_hold(@ForAll @StringLength(max = 40)
            @CharRange(from = '\u0000', to = '\uffff') @Chars({'_', 'x', '0', '5', 'F'}) String text) {
        String written = Xstrings.encode(text);

        assertEquals(text, Xstrings.decode(written));
        assertTrue(written.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r'
                || c >= ' ' && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000), written);
    }

    @Property(tries = 2_000)
    void texts_of_underscores_hex_digits_and_control_characters_survive_encoding(@ForAll @StringLength(max = 14)
            @Chars({'_', 'x', '0', 'A', 'f', '\u0001', '\uffff'}) String text) {
        assertEquals(text, Xstrings.decode(Xstrings.encode(text)));
    }

    @Property(tries = 200)
    void a_text_with_nothing_to_escape_is_the_same_string(@ForAll @CharRange(from = ' ', to = 'w') String text) {
        assertSame(text, Xstrings.encode(text));
    }
}
