package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the two text parsers. Any text gives a value that reads back to itself, or an
 * {@link InvalidTextException} that names the text and says why; nothing else. In a normal test run each
 * replays its seeds and past findings from {@code ParsersFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (docs/reliability.md).
 */
class ParsersFuzzTest {

    /** The fuzzing time of one target; only used when fuzzing, never in a normal test run. */
    private static final String DURATION = "10m";
    /** One input that takes longer than this is a hang, and so a finding. */
    private static final long SECONDS_PER_INPUT = 10;

    @FuzzTest(maxDuration = DURATION)
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void quantity_parse_gives_a_quantity_that_reads_back_or_a_reasoned_refusal(byte[] input) {
        assertReadsBackOrRefuses(input, Quantity::parse, List.of(Quantity::toText, Quantity::toDisplayText));
    }

    @FuzzTest(maxDuration = DURATION)
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void period_parse_gives_a_period_that_reads_back_or_a_reasoned_refusal(byte[] input) {
        assertReadsBackOrRefuses(input, Period::parse, List.of(Period::toText));
    }

    /** The input as UTF-8 text parses to a value that each of its texts parses back to, or is refused with a reason. */
    private static <T> void assertReadsBackOrRefuses(byte[] input, Function<String, T> parse,
            List<Function<T, String>> texts) {
        String text = new String(input, StandardCharsets.UTF_8);
        T value;
        try {
            value = parse.apply(text);
        } catch (InvalidTextException refused) {
            assertThat(refused.text()).isEqualTo(text);
            assertThat(refused.reason()).isNotBlank();
            return;
        }
        for (Function<T, String> written : texts) {
            assertThat(parse.apply(written.apply(value))).isEqualTo(value);
        }
    }
}
