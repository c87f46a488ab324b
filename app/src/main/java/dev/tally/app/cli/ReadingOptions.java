package dev.tally.app.cli;

import dev.tally.core.spi.FormatOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options for reading a table of estimates: a CSV file's delimiter, encoding, comments and
 * companion files, and, for any table (CSV or workbook), a mapping of its columns. Each becomes a
 * {@link FormatOptions} entry that the reader of the file's format must take.
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

    /** The options given, by the names the formats know them by. */
    FormatOptions toOptions() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        put(given, "delimiter", delimiter);
        put(given, "encoding", encoding);
        put(given, "comments", comments ? "true" : null);
        put(given, "sources", sources == null ? null : sources.toString());
        put(given, "subjects", subjects == null ? null : subjects.toString());
        put(given, "metrics", metrics == null ? null : metrics.toString());
        given.put("column", List.copyOf(columns));
        given.put("value", List.copyOf(values));
        return FormatOptions.of(given);
    }

    private static void put(Map<String, List<String>> given, String name, String value) {
        if (value != null) {
            given.put(name, List.of(value));
        }
    }
}
