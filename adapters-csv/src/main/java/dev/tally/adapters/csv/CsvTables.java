package dev.tally.adapters.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.Cell;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
            char delimiter = delimiter(file, text);
            try (Reader reader = text.reader(); CsvReader<CsvRecord> csv = parser(delimiter, reader)) {
                stream(name, csv, sink);
            }
            return Optional.empty();
        } catch (StopReading stop) {
            return stop.problem();
        } catch (InvalidInputException e) {
            return Optional.of(e.problems().get(0));
        } catch (CsvParseException e) {
            return Optional.of(refusal(name, e));
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(new Problem(new Location.Whole(), name + " cannot be read: " + e.getMessage()));
        }
    }

    /** The delimiter given; a tab for a .tsv file; else the one the file's start shows. */
    private char delimiter(Path file, CsvText text) throws IOException {
        if (options.delimiter().isPresent()) {
            return options.delimiter().get();
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        try (Reader reader = text.reader()) {
            char[] sample = new char[CsvLimits.SAMPLE_CHARACTERS];
            int read = reader.read(sample);
            return Delimiters.detect(java.nio.CharBuffer.wrap(sample, 0, Math.max(read, 0)), options.comments());
        }
    }

    private CsvReader<CsvRecord> parser(char delimiter, Reader reader) {
        CsvRecordHandler handler = CsvRecordHandler.builder().maxFields(CsvLimits.MAX_FIELDS)
                .maxFieldSize(CsvLimits.MAX_FIELD_CHARACTERS).maxRecordSize(CsvLimits.MAX_RECORD_CHARACTERS).build();
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .commentStrategy(options.comments() ? CommentStrategy.SKIP : CommentStrategy.NONE).commentCharacter('#')
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .build(handler, reader);
    }

    private static void stream(String name, CsvReader<CsvRecord> csv, RowSink sink) throws StopReading {
        long rows = 0;
        for (CsvRecord record : csv) {
            if (++rows > CsvLimits.MAX_ROWS) {
                throw new StopReading(new Problem(new Location.Field(name, record.getStartingLineNumber(), 0, ""),
                        "more than " + TableLimits.format(CsvLimits.MAX_ROWS) + " records, the most a CSV file may "
                                + "hold; split the file"));
            }
            sink.row(row(name, record));
        }
        sink.end();
    }

    /** A record as a row of text cells, blank fields left out; a text (its formula guard taken off) longer than a cell holds is too long. */
    private static Row row(String name, CsvRecord record) throws StopReading {
        int line = (int) Math.min(Integer.MAX_VALUE, record.getStartingLineNumber());
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            if (field.isEmpty()) {
                continue;
            }
            if (field.indexOf('\0') >= 0) {
                throw new StopReading(new Problem(new Location.Field(name, line, i + 1, ""), "the field holds a NUL "
                        + "character: the file is not text, or not in the encoding it is read in (give --encoding)"));
            }
            String text = FormulaGuard.unguard(field);
            cells.add(text.length() > TableLimits.MAX_CELL_CHARACTERS ? new Cell(line, i, Cell.Type.TOO_LONG, "", "")
                    : new Cell(line, i, Cell.Type.TEXT, text, ""));
        }
        return new Row(line, cells);
    }

    /** FastCSV's refusal of a record, in our words, at the line it names. */
    private static Problem refusal(String name, CsvParseException e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        Location place = line.find() ? new Location.Field(name, Long.parseLong(line.group(1)), 0, "")
                : new Location.Whole();
        String cause = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        String lower = cause.toLowerCase(java.util.Locale.ROOT);
        String message;
        if (lower.contains("field") && lower.contains("size")) {
            message = "a field longer than " + TableLimits.format(CsvLimits.MAX_FIELD_CHARACTERS) + " characters: most "
                    + "often a quote (\") opened and never closed; check the record's quotes";
        } else if (lower.contains("fields")) {
            message = "a record of more than " + TableLimits.format(CsvLimits.MAX_FIELDS) + " fields, more than a "
                    + "sheet has columns; is the delimiter right? (give --delimiter)";
        } else if (lower.contains("record")) {
            message = "a record longer than " + TableLimits.format(CsvLimits.MAX_RECORD_CHARACTERS) + " characters; "
                    + "check its quotes";
        } else {
            message = "the record cannot be read as CSV: " + cause;
        }
        return new Problem(place, message);
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
