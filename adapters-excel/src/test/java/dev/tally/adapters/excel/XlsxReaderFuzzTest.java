package dev.tally.adapters.excel;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.testing.ReaderContract;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A coverage-guided fuzz test of the workbook reader: any bytes, read as a stream, give a ledger or an
 * {@link InvalidInputException} whose every problem has a place and a message; nothing else (no other exception, no
 * {@code OutOfMemoryError}, no hang). In a normal test run it replays its seeds (workbooks our writer and LibreOffice
 * wrote, the template, and some of the bad corpus) and past findings from {@code XlsxReaderFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (docs/reliability.md).
 */
class XlsxReaderFuzzTest {

    /** The fuzzing time; only used when fuzzing, never in a normal test run. */
    private static final String DURATION = "10m";
    /** One input that takes longer than this is a hang, and so a finding. */
    private static final long SECONDS_PER_INPUT = 10;

    @FuzzTest(maxDuration = DURATION)
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void xlsx_reader_gives_a_ledger_or_located_problems(byte[] input) throws IOException {
        ReaderContract.readsOrRefusesWithPlaces(new XlsxFormat().reader().orElseThrow(), input);
    }
}
