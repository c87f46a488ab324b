package dev.tally.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick scan of a sheet's bytes for the word mergeCell, which decides whether its merged areas are read. */
class MergeCellScanTest {

    @Property
    void finds_the_word_exactly_when_the_bytes_hold_it_however_the_stream_hands_them_over(
            @ForAll @Chars({'m', 'e', 'r', 'g', 'C', 'l', '<', ' '}) @StringLength(max = 200) String before,
            @ForAll @Chars({'m', 'e', 'r', 'g', 'C', 'l', '<', ' '}) @StringLength(max = 200) String after,
            @ForAll boolean withWord, @ForAll @IntRange(min = 1, max = 20) int bytesPerRead) throws IOException {
        String text = before + (withWord ? "mergeCell" : "") + after;

        assertThat(MergeCellScan.mentions(trickle(text, bytesPerRead))).isEqualTo(text.contains("mergeCell"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 65_527, 65_530, 65_535, 65_536, 200_000 - 9})
    void finds_the_word_at_any_place_of_a_long_sheet(int at) throws IOException {
        StringBuilder text = new StringBuilder("<c r=\"A1\" t=\"inlineStr\"><is><t>merge cells</t></is></c>".repeat(4000));
        text.setLength(200_000);
        text.replace(at, at + "mergeCell".length(), "mergeCell");

        assertThat(MergeCellScan.mentions(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mergeCel", "ergeCell", "mergecell", "mergeCelL", "gggggggggggggggggggg", "<mergeCel l/>"})
    void does_not_take_a_near_miss_for_the_word(String text) throws IOException {
        assertThat(MergeCellScan.mentions(trickle(text, 64))).isFalse();
    }

    /** A stream that hands over at most a few bytes per read, as an inflater may. */
    private static InputStream trickle(String text, int bytesPerRead) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, bytesPerRead));
            }
        };
    }
}
