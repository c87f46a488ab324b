package dev.tally.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.testing.ReaderContract;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the two readers. Any bytes give a ledger, which the format writes and reads back
 * to an equal ledger, or an {@link InvalidInputException} whose every problem has a place and a message; nothing
 * else, and no {@link IOException} from bytes in memory. In a normal test run each replays its seeds and past
 * findings from {@code ReadersFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} it fuzzes
 * (docs/reliability.md).
 */
class ReadersFuzzTest {

    /** The fuzzing time of one target; only used when fuzzing, never in a normal test run. */
    private static final String DURATION = "10m";
    /** One input that takes longer than this is a hang, and so a finding. */
    private static final long SECONDS_PER_INPUT = 10;

    @FuzzTest(maxDuration = DURATION)
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void json_reader_gives_a_ledger_or_located_problems(byte[] input) throws IOException {
        assertReadsOrRefuses(Formats.JSON, input);
    }

    @FuzzTest(maxDuration = DURATION)
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void json_lines_reader_gives_a_ledger_or_located_problems(byte[] input) throws IOException {
        assertReadsOrRefuses(Formats.JSONL, input);
    }

    private static void assertReadsOrRefuses(LedgerFormat format, byte[] input) throws IOException {
        Optional<Ledger> ledger = ReaderContract.readsOrRefusesWithPlaces(format.reader().orElseThrow(), input);
        if (ledger.isPresent()) {
            assertThat(Formats.read(format, Formats.write(format, ledger.get()))).isEqualTo(ledger.get());
        }
    }
}
