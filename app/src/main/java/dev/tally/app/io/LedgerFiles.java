package dev.tally.app.io;

import dev.tally.app.plugins.FormatRegistry;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.TemplateWriter;
import dev.tally.core.spi.UnwritableLedgerException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Reads and writes ledger files through the format plugins; writes are atomic. */
public final class LedgerFiles {

    private final FormatRegistry formats;

    /**
     * Creates the service.
     *
     * @param formats  the known formats
     */
    @Inject
    public LedgerFiles(FormatRegistry formats) {
        this.formats = formats;
    }

    /**
     * Reads a ledger file.
     *
     * @param file  the file
     * @param format  the format id, or empty to choose by extension
     * @return the ledger, never null
     * @throws InvalidFileException if the file is missing or not a valid ledger; lists every problem
     * @throws IOException if the file cannot be read
     */
    public Ledger read(Path file, Optional<String> format) throws IOException {
        return readPlaced(file, format).ledger();
    }

    /**
     * Reads a ledger file, with where each estimate was found in it (as far as its format says).
     *
     * @param file  the file
     * @param format  the format id, or empty to choose by extension
     * @return the ledger and its estimates' places, never null
     * @throws InvalidFileException if the file is missing or not a valid ledger; lists every problem
     * @throws IOException if the file cannot be read
     */
    public PlacedLedger readPlaced(Path file, Optional<String> format) throws IOException {
        return readPlaced(file, format, FormatOptions.none(), notice -> { });
    }

    /**
     * Reads a ledger file with options for its format, with where each estimate was found in it.
     *
     * @param file  the file
     * @param format  the format id, or empty to choose by extension
     * @param options  options the file's reader must take
     * @param notices  takes what the reader assumed (an encoding it guessed, say), one sentence each
     * @return the ledger and its estimates' places, never null
     * @throws InvalidFileException if the file is missing or not a valid ledger, or its format takes
     *         none of an option given; lists every problem
     * @throws IOException if the file cannot be read
     */
    public PlacedLedger readPlaced(Path file, Optional<String> format, FormatOptions options,
                                   Consumer<String> notices) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw notALedger(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        var reader = formats.readerFor(file.getFileName().toString(), format);
        refuseOptions(file, options, reader.options(), "read");
        try {
            return reader.readPlaced(file, options, notices);
        } catch (InvalidInputException e) {
            throw new InvalidFileException(file, InvalidFileException.NOT_A_LEDGER, e.problems());
        } catch (NoSuchFileException e) {
            throw notALedger(file, "does not exist");
        }
    }

    /** Refuses options a format does not take, naming them all. */
    private static void refuseOptions(Path file, FormatOptions options, Set<String> taken, String what) {
        List<Problem> refused = options.names().stream().filter(name -> !taken.contains(name)).sorted()
                .map(name -> new Problem(new Location.Whole(), "--" + name + " is not for this file: its format "
                        + (taken.isEmpty() ? "takes no options to " + what + " it" : "takes only " + taken.stream()
                        .sorted().map(t -> "--" + t).collect(Collectors.joining(", ")) + " to " + what + " it")))
                .toList();
        if (!refused.isEmpty()) {
            throw new InvalidFileException(file, InvalidFileException.NOT_A_LEDGER, refused);
        }
    }

    private static InvalidFileException notALedger(Path file, String message) {
        return new InvalidFileException(file, InvalidFileException.NOT_A_LEDGER,
                List.of(new Problem(new Location.Whole(), message)));
    }

    /**
     * Reads a ledger file, or gives the bundled sample ledger when there is no file.
     *
     * @param file  the file, or empty for the sample ledger
     * @param format  the format id, or empty to choose by extension
     * @return the ledger, never null
     * @throws InvalidFileException if the file is missing or not a valid ledger; lists every problem
     * @throws IOException if the file cannot be read
     */
    public Ledger readOrSample(Optional<Path> file, Optional<String> format) throws IOException {
        return file.isPresent() ? read(file.get(), format) : SampleLedger.load();
    }

    /**
     * Writes a ledger file atomically: the old file stays whole until the new one is complete.
     *
     * @param ledger  the ledger
     * @param file  the file to create or replace
     * @param format  the format id, or empty to choose by extension
     * @throws InvalidFileException if the format cannot hold part of the ledger; lists every such
     *         part, and the target is unchanged
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public void write(Ledger ledger, Path file, Optional<String> format) throws IOException {
        write(ledger, file, format, Optional.empty());
    }

    /**
     * Writes a ledger file atomically, with the views its format derives (a workbook's Reconciled and
     * Checks sheets) as known at a date; every estimate is written all the same.
     *
     * @param ledger  the ledger
     * @param file  the file to create or replace
     * @param format  the format id, or empty to choose by extension
     * @param asKnownAt  the date the views show, or empty for everything the ledger holds
     * @throws InvalidFileException if the format cannot hold part of the ledger; lists every such
     *         part, and the target is unchanged
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public void write(Ledger ledger, Path file, Optional<String> format, Optional<LocalDate> asKnownAt)
            throws IOException {
        write(ledger, file, format, asKnownAt, FormatOptions.none());
    }

    /**
     * Writes a ledger file atomically, as {@link #write(Ledger, Path, Optional, Optional)} does, with
     * options for its format.
     *
     * @param ledger  the ledger
     * @param file  the file to create or replace
     * @param format  the format id, or empty to choose by extension
     * @param asKnownAt  the date the views show, or empty for everything the ledger holds
     * @param options  options the file's writer must take
     * @throws InvalidFileException if the format cannot hold part of the ledger, or takes none of an
     *         option given; lists every such part, and the target is unchanged
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public void write(Ledger ledger, Path file, Optional<String> format, Optional<LocalDate> asKnownAt,
                      FormatOptions options) throws IOException {
        var writer = formats.writerFor(file.getFileName().toString(), format);
        refuseOptions(file, options, writer.options(), "write");
        replace(file, output -> writer.write(ledger, output, asKnownAt, options));
    }

    /**
     * Writes a template atomically: a file to fill in with estimates, offering the sources,
     * subjects and metrics of a ledger.
     *
     * @param writer  the template writer of the file's format (see {@link FormatRegistry#templateWriterFor})
     * @param context  the ledger whose sources, subjects and metrics the template offers
     * @param file  the file to create or replace
     * @throws InvalidFileException if the format cannot hold part of the ledger; lists every such
     *         part, and the target is unchanged
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void writeTemplate(TemplateWriter writer, Ledger context, Path file) throws IOException {
        replace(file, output -> writer.writeTemplate(context, output));
    }

    private static void replace(Path file, AtomicFiles.Content content) throws IOException {
        try {
            AtomicFiles.write(file, content);
        } catch (UnwritableLedgerException e) {
            throw new InvalidFileException(file, InvalidFileException.CANNOT_HOLD, e.problems());
        }
    }
}
