package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps both readers share: open a parser with the limits of {@link JsonSettings}, read the
 * records, turn an error that ends the parse into a located problem, and build the ledger or report
 * every problem at once. No Jackson exception escapes.
 */
final class LedgerParse {

    /** Reads the records of one format; called with the parser on the input's first token. */
    @FunctionalInterface
    interface Layout {
        void read(JsonInput input, RecordReader records) throws IOException;
    }

    private LedgerParse() {
    }

    /**
     * Reads a ledger.
     *
     * @param bytes  the input, read to its end and not closed
     * @param estimates  the pointer prefix of the estimates, such as {@code /estimates/}; empty for lines
     * @param layout  how the format lays out its records
     * @return the ledger, with each estimate placed at the start of its object; never null
     * @throws InvalidInputException listing every problem of the input
     * @throws IOException if the stream cannot be read
     */
    static PlacedLedger read(InputStream bytes, String estimates, Layout layout) throws IOException {
        JsonInput input = null;
        LedgerAssembly ledger = new LedgerAssembly(estimates);
        try (JsonParser parser = JsonSettings.FACTORY.createParser(bytes)) {
            input = new JsonInput(parser);
            if (input.next() == null) {
                input.problem(input.now(null), "the input is empty; a ledger is a JSON object with \"format\": \""
                        + JsonSettings.FORMAT + "\"");
                throw new InvalidInputException(input.problems());
            }
            layout.read(input, new RecordReader(input, ledger));
        } catch (JsonProcessingException e) {
            if (input == null) {
                throw refusal(e.getOriginalMessage());
            }
            List<Problem> problems = new ArrayList<>(input.problems());
            problems.add(input.fatal(e));
            throw new InvalidInputException(LedgerAssembly.inOrder(problems));
        } catch (CharConversionException e) {
            throw refusal("the input is not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage());
        }
        return ledger.build(input.problems());
    }

    /** Reads a ledger file as {@link #read(InputStream, String, Layout)} reads a stream. */
    static PlacedLedger read(Path file, String estimates, Layout layout) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return read(input, estimates, layout);
        }
    }

    /** Refuses an input whose encoding the parser cannot even open, at its start. */
    private static InvalidInputException refusal(String message) {
        return new InvalidInputException(List.of(new Problem(new Location.JsonPointer("", 1, 1), message)));
    }
}
