package dev.tally.app.cli;

import dev.tally.app.io.InvalidFileException;
import dev.tally.app.mapping.MappingFile;
import dev.tally.app.mapping.Presets;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.ColumnMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options for reading a table of estimates: a CSV file's delimiter, encoding, comments and
 * companion files, and, for any table (CSV or workbook), a mapping of its columns: a mapping file,
 * a bundled preset, and single entries. Each becomes a {@link FormatOptions} entry that the reader
 * of the file's format must take.
 */
final class ReadingOptions {

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV: the field separator, such as ; or | or tab (default: detected; a tab for .tsv).")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "CSV: the file's encoding, such as utf-8 or windows-1252 (default: a byte order mark's, "
                    + "else UTF-8 when every byte is, else Windows-1252, said in a note).")
    String encoding;

    @Option(names = "--comments", description = "CSV: lines that begin with # are comments.")
    boolean comments;

    @Option(names = "--sources", paramLabel = "FILE", description = "CSV: a file of sources (Id, Name, Kind, Country, "
            + "Reliability) that the rows name.")
    Path sources;

    @Option(names = "--subjects", paramLabel = "FILE", description = "CSV: a file of subjects (Id, Name).")
    Path subjects;

    @Option(names = "--metrics", paramLabel = "FILE", description = "CSV: a file of metrics (Id, Name, Unit, Part of, "
            + "Cannot exceed, Synonyms).")
    Path metrics;

    @Option(names = "--column", paramLabel = "COLUMN=HEADER",
            description = "Read a column of estimates from the table's column of that header, such as \"As of=date\"; "
                    + "a period from two columns as \"As of=date_start/date_end\". Repeatable.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--value", paramLabel = "COLUMN=TEXT",
            description = "Give a column of estimates one value for every row, such as \"Source=UCDP\". Repeatable.")
    List<String> values = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "Read the table's columns as a mapping file "
            + "says (JSON; see docs/mappings.md).")
    Path mapping;

    @Option(names = "--preset", paramLabel = "NAME", converter = PresetConverter.class,
            description = "Read the table's columns as a bundled mapping says, such as ucdp-ged (see tally presets).")
    MappingFile preset;

    /**
     * The options given, by the names the formats know them by; a mapping file's or preset's
     * entries come before the --column and --value options.
     *
     * @throws InvalidFileException if the mapping file is missing or cannot be read, with every problem
     */
    FormatOptions toOptions() throws IOException {
        Map<String, List<String>> given = new LinkedHashMap<>();
        put(given, "delimiter", delimiter);
        put(given, "encoding", encoding);
        put(given, "comments", comments ? "true" : null);
        put(given, "sources", sources == null ? null : sources.toString());
        put(given, "subjects", subjects == null ? null : subjects.toString());
        put(given, "metrics", metrics == null ? null : metrics.toString());
        List<String> mapped = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (MappingFile file : mappings()) {
            mapped.addAll(file.options().all(ColumnMapping.COLUMN_OPTION));
            fixed.addAll(file.options().all(ColumnMapping.VALUE_OPTION));
        }
        mapped.addAll(columns);
        fixed.addAll(values);
        given.put(ColumnMapping.COLUMN_OPTION, mapped);
        given.put(ColumnMapping.VALUE_OPTION, fixed);
        return FormatOptions.of(given);
    }

    /** The mapping file and the preset given. */
    private List<MappingFile> mappings() throws IOException {
        List<MappingFile> files = new ArrayList<>();
        if (preset != null) {
            files.add(preset);
        }
        if (mapping != null) {
            if (!Files.isRegularFile(mapping)) {
                throw new InvalidFileException(mapping, MappingFile.NOT_A_MAPPING, List.of(new Problem(
                        new Location.Whole(), Files.exists(mapping) ? "is not a regular file" : "does not exist")));
            }
            files.add(MappingFile.read(mapping, Files.readAllBytes(mapping)));
        }
        return files;
    }

    /** Reads {@code --preset}: the name of a bundled mapping. */
    static final class PresetConverter implements CommandLine.ITypeConverter<MappingFile> {
        @Override
        public MappingFile convert(String value) {
            return Presets.find(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException("\"" + value
                    + "\" is not a preset; use one of " + String.join(", ", Presets.NAMES) + " (tally presets lists them)"));
        }
    }

    private static void put(Map<String, List<String>> given, String name, String value) {
        if (value != null) {
            given.put(name, List.of(value));
        }
    }
}
