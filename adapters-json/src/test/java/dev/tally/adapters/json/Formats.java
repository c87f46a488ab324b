package dev.tally.adapters.json;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The two formats under test, and round-trip helpers over real bytes and real files. */
final class Formats {

    static final LedgerFormat JSON = new JsonFormat();
    static final LedgerFormat JSONL = new JsonLinesFormat();

    private Formats() {
    }

    static List<LedgerFormat> both() {
        return List.of(JSON, JSONL);
    }

    static byte[] write(LedgerFormat format, Ledger ledger) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            format.writer().orElseThrow().write(ledger, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Ledger read(LedgerFormat format, byte[] bytes) {
        try {
            return format.reader().orElseThrow().read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the ledger to a file of the format's extension in the folder and returns the file. */
    static Path writeFile(LedgerFormat format, Ledger ledger, Path folder) throws IOException {
        Path file = folder.resolve("ledger." + format.descriptor().extensions().get(0));
        try (var out = Files.newOutputStream(file)) {
            format.writer().orElseThrow().write(ledger, out);
        }
        return file;
    }
}
