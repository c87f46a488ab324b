package dev.tally.app.cli;

import dev.tally.core.spi.FormatOptions;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options for writing a file that some formats take: a CSV file's HXL tag row. */
final class WritingOptions {

    @Option(names = "--hxl", description = "CSV: write an HXL tag row (#meta+id, #affected …) under the header.")
    boolean hxl;

    /** The options given, by the names the formats know them by. */
    FormatOptions toOptions() {
        return hxl ? FormatOptions.of(Map.of("hxl", List.of("true"))) : FormatOptions.none();
    }
}
