package dev.tally.app.reliability;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The real format plugins, found as the CLI finds them ({@link ServiceLoader}), writing to and reading from bytes. */
final class PluginFormats {

    private static final Map<String, LedgerFormat> FORMATS = ServiceLoader.load(LedgerFormat.class).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toMap(format -> format.descriptor().id(), Function.identity()));

    private PluginFormats() {
    }

    /** The ledger written in the format of that id. */
    static byte[] write(String format, Ledger ledger) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FORMATS.get(format).writer().orElseThrow().write(ledger, bytes);
        return bytes.toByteArray();
    }

    /** The ledger read from bytes in the format of that id. */
    static Ledger read(String format, byte[] bytes) throws IOException {
        return FORMATS.get(format).reader().orElseThrow().read(new ByteArrayInputStream(bytes));
    }
}
