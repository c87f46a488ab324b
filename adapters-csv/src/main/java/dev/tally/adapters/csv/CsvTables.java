package dev.tally.adapters.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.Row;
import dev.tally.core.table.RowSink;
import dev.tally.core.table.StopReading;
import dev.tally.core.table.TableImport;
import dev.tally.core.table.TableLimits;
import dev.tally.core.table.Tables;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file of estimates and its companion files of sources, subjects and metrics, as the tables
 * core's {@link TableImport} reads: each file's records streamed as rows of text cells, each
 * record numbered by the line it starts on, each field placed as {@code events.csv:12:4 (low)}.
 */
final class CsvTables implements Tables {

    /** The line FastCSV names in its messages. */
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final String estimates;
    private final CsvOptions options;
    private final Consumer<String> notices;

    CsvTables(Path file, CsvOptions options, Consumer<String> notices) {
        this.options = options;
        this.notices = notices;
        this.estimates = file.getFileName().toString();
        files.put(estimates, file);
        options.sources().ifPresent(f -> files.put(TableImport.SOURCES, f));
        options.subjects().ifPresent(f -> files.put(TableImport.SUBJECTS, f));
        options.metrics().ifPresent(f -> files.put(TableImport.METRICS, f));
    }

    /** The file of estimates for {@code Estimates}; a companion file for the other tables. */
    @Override
    public Optional<String> find(String name) {
        if (name.equalsIgnoreCase(TableImport.ESTIMATES)) {
            return Optional.of(estimates);
        }
        return files.keySet().stream().filter(n -> !n.equals(estimates) && n.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<String> estimateCandidates() {
        return List.of(estimates);
    }

    @Override
    public Optional<Problem> read(String table, RowSink sink) {
        Path file = files.get(table);
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > CsvLimits.MAX_FILE_BYTES) {
                return Optional.of(new Problem(new Location.Whole(), name + " is " + TableLimits.format(
                        (size + CsvLimits.MEGABYTE - 1) / CsvLimits.MEGABYTE) + " MB, more than the " + TableLimits
                        .format(CsvLimits.MAX_FILE_BYTES / CsvLimits.MEGABYTE) + " MB a CSV file may be; split it"));
            }
            CsvText text = CsvText.open(file, options.encoding(), notices);
            Optional<Character> seen = seen(text);
            Optional<String> chosen = chosen(file);
            char delimiter = options.delimiter().orElse(chosen.isPresent() ? '\t' : seen.orElse(','));
            Optional<LongFunction<Problem>> unsplit = chosen.map(why -> line -> unsplit(name, line, delimiter, why,
                    seen.filter(c -> c != delimiter)));
            try (Reader reader = new EndMark(text.reader()); CsvReader<CsvFields> csv = parser(name, delimiter, reader)) {
                stream(name, csv, sink, unsplit);
            }
            return Optional.empty();
        } catch (StopReading stop) {
            return stop.problem();
        } catch (InvalidInputException e) {
            return Optional.of(e.problems().get(0));
        } catch (CsvParseException e) {
            return Optional.of(refusal(name, e));
        } catch (NoSuchFileException e) {
            return Optional.of(new Problem(new Location.Whole(), name + " cannot be read: there is no such file"));
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(new Problem(new Location.Whole(), name + " cannot be read: " + e.getMessage()));
        }
    }

    /** How the user chose the delimiter: by --delimiter, or by naming the file .tsv; empty if it is detected. */
    private Optional<String> chosen(Path file) {
        if (options.delimiter().isPresent()) {
            return Optional.of("the delimiter --delimiter gives");
        }
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")
                ? Optional.of("the delimiter of a .tsv file") : Optional.empty();
    }

    /** The delimiter the file's start shows, if it shows one. */
    private Optional<Character> seen(CsvText text) throws IOException {
        try (Reader reader = text.reader()) {
            char[] sample = new char[CsvLimits.SAMPLE_CHARACTERS];
            int read = reader.read(sample);
            return Delimiters.find(java.nio.CharBuffer.wrap(sample, 0, Math.max(read, 0)), options.comments());
        }
    }

    /** No record holds the delimiter the user chose, so the file has no columns, and no header row. */
    private static Problem unsplit(String name, long line, char delimiter, String why, Optional<Character> seen) {
        return new Problem(new Location.Field(name, line, 0, ""), "no record holds " + shown(delimiter)
                + " (" + why + "), so the file has no columns; " + seen.map(c -> "it seems to use " + shown(c)
                + ": give --delimiter " + (c == '\t' ? "tab" : "'" + c + "'")).orElse("give its delimiter with "
                + "--delimiter"));
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "a tab" : "\"" + delimiter + "\"";
    }

    private CsvReader<CsvFields> parser(String name, char delimiter, Reader reader) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .commentStrategy(options.comments() ? CommentStrategy.SKIP : CommentStrategy.NONE).commentCharacter('#')
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .build(new RowHandler(name), reader);
    }

    /**
     * Streams a file's records to a sink as rows; the last record read is the {@link EndMark}'s.
     *
     * @param unsplit  the problem at a line when no record is split into fields, if the user chose the delimiter
     */
    private static void stream(String name, CsvReader<CsvFields> csv, RowSink sink,
                               Optional<LongFunction<Problem>> unsplit) throws StopReading {
        Iterator<CsvFields> records = csv.iterator();
        CsvFields record = records.next();
        if (!records.hasNext() && EndMark.closes(record)) {
            throw new StopReading(new Problem(new Location.Field(name, 1, 0, ""), "the file holds no records: it is "
                    + "empty or blank; write a row of column headers, and a row under it for each record"));
        }
        long first = record.line();
        long rows = 0;
        boolean split = false;
        try {
            for (; records.hasNext(); record = records.next()) {
                if (++rows > CsvLimits.MAX_ROWS) {
                    throw new StopReading(new Problem(new Location.Field(name, record.line(), 0, ""), "more than "
                            + TableLimits.format(CsvLimits.MAX_ROWS) + " records, the most a CSV file may hold; split "
                            + "the file"));
                }
                split |= record.fields() > 1;
                sink.row(row(name, record));
            }
            if (!EndMark.closes(record)) {
                throw new StopReading(new Problem(new Location.Field(name, record.line(), record.fields(), ""),
                        "the quote (\") that opens the field is never closed, so the field runs to the end of the "
                        + "file; close it, and write a quote inside a field as two (\"\")"));
            }
            if (!split && unsplit.isPresent()) {
                throw new StopReading(unsplit.get().apply(first));
            }
            sink.end();
        } catch (StopReading stop) {
            if (stop.problem().isEmpty() && !split && unsplit.isPresent()) {
                throw new StopReading(unsplit.get().apply(first));
            }
            throw stop;
        }
    }

    /** A record's row; a field that holds a NUL character stops the reading there. */
    private static Row row(String name, CsvFields record) throws StopReading {
        int nulField = record.nulField();
        if (nulField >= 0) {
            throw new StopReading(new Problem(new Location.Field(name, record.line(), nulField + 1, ""),
                    "the field holds a NUL character: the file is not text, or not in the encoding it is read in "
                    + "(give --encoding)"));
        }
        return new Row((int) Math.min(Integer.MAX_VALUE, record.line()), record);
    }

    /** FastCSV's refusal of a record, in our words, at the record or field it names; a limit's, as its handler says. */
    private static Problem refusal(String name, CsvParseException e) {
        if (e.getCause() instanceof RowHandler.RecordRefused refused) {
            return refused.problem();
        }
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        Location record = line.find() ? new Location.Field(name, Long.parseLong(line.group(1)), 0, "")
                : new Location.Whole();
        String cause = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (cause.startsWith("The maximum buffer size")) {
            return new Problem(record, RowHandler.fieldTooLong());
        }
        String message;
        if (cause.startsWith("Unexpected character after closing quote")) {
            message = "text follows the closing quote of a field; put the whole field in quotes, and write a quote "
                    + "inside it as two (\"\")";
        } else {
            message = "the record cannot be read as CSV: " + cause;
        }
        return new Problem(record, message);
    }

    @Override
    public Location cell(String table, int row, int column, String header) {
        return new Location.Field(fileName(table), row, column + 1, header);
    }

    @Override
    public Location row(String table, int row) {
        return new Location.Field(fileName(table), row, 0, "");
    }

    private String fileName(String table) {
        return table.equals(estimates) ? estimates : files.get(table).getFileName().toString();
    }
}
