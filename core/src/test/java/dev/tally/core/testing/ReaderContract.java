package dev.tally.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** The contract every reader's fuzz target checks: any bytes give a ledger, or problems that each have a place and a message. */
public final class ReaderContract {

    private ReaderContract() {
    }

    /**
     * Reads the bytes and asserts the contract.
     *
     * @param reader  the reader under test
     * @param input  any bytes
     * @return the ledger read, or empty if the input was refused with located problems
     * @throws IOException if the reader fails to read bytes in memory, which breaks the contract too
     */
    public static Optional<Ledger> readsOrRefusesWithPlaces(LedgerReader reader, byte[] input) throws IOException {
        Ledger ledger;
        try {
            ledger = reader.read(new ByteArrayInputStream(input));
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.location()).isNotNull();
                assertThat(problem.message()).isNotBlank();
            });
            return Optional.empty();
        }
        assertThat(ledger).isNotNull();
        return Optional.of(ledger);
    }
}
