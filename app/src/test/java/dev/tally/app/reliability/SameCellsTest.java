package dev.tally.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.EstimateCells;
import dev.tally.core.table.EstimateColumn;
import dev.tally.core.table.Heading;
import dev.tally.core.model.Period;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table reader, two formats: the same cells in a CSV file (in any delimiter and encoding the reader detects) and
 * in a workbook give the same ledger, or the same problems at the same row and column. Both files are read by the
 * real plugins, as the CLI finds them.
 */
class SameCellsTest {

    /** The bytes of a UTF-8 byte order mark. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    /** How a table's cells are written as CSV: the delimiter, the encoding and whether a byte order mark leads. */
    record Encoding(char delimiter, Charset charset, boolean bom) {
        @Override
        public String toString() {
            return charset.name() + (bom ? " with BOM" : "") + ", '" + (delimiter == '\t' ? "tab" : delimiter) + "'";
        }
    }

    static Stream<Arguments> tables() {
        Encoding plain = new Encoding(',', StandardCharsets.UTF_8, false);
        List<String> header = List.of("Source", "Metric", "Figure", "As of", "Note");
        List<String> row = List.of("Réseau Sécurité", "killed", "about 1,200", "2025-02", "said \"about\"; revised, later");
        return Stream.of(
                Arguments.of("the template's columns", plain, templateRows()),
                Arguments.of("a title row above the header", plain, List.of(List.of("Casualties reported, 2025"),
                        List.of(), header, row)),
                Arguments.of("an HXL tag row", plain, List.of(header, List.of("#org", "#meta+metric", "#affected",
                        "#date", "#description"), row)),
                Arguments.of("semicolons in Windows-1252 without a BOM", new Encoding(';', Charset.forName(
                        "windows-1252"), false), List.of(header, row)),
                Arguments.of("UTF-16 with a BOM and tabs", new Encoding('\t', StandardCharsets.UTF_16, true),
                        List.of(header, row, List.of("NIS", "wounded", "2,700", "2025-01"))),
                Arguments.of("UTF-8 with a BOM and pipes", new Encoding('|', StandardCharsets.UTF_8, true),
                        List.of(header, row)),
                Arguments.of("a line break inside a quoted note", plain, List.of(header, List.of("NIS", "killed",
                        "300", "2025-01", "first line\nsecond line"))));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("tables")
    void a_csv_file_and_a_workbook_with_the_same_cells_give_the_same_ledger(String what, Encoding encoding,
                                                                          List<List<String>> rows) throws IOException {
        Ledger fromCsv = read("csv", csv(rows, encoding));
        Ledger fromWorkbook = read("xlsx", workbook(rows));

        assertThat(fromCsv).isEqualTo(fromWorkbook);
        assertThat(fromCsv.estimates()).hasSize((int) rows.stream().filter(r -> r.size() > 3
                && !r.get(0).startsWith("#") && !r.get(0).equals("Source") && !r.get(0).equals("Id")).count());
    }

    static Stream<Arguments> badTables() {
        List<String> header = List.of("Source", "Metric", "Figure", "As of", "Basis");
        return Stream.of(
                Arguments.of("cells that cannot be read", List.of(header,
                        List.of("NIS", "killed", "lots", "2025-13", "cumulative"),
                        List.of("NIS", "kiled", "300", "2025-01", "sometimes"),
                        List.of("", "killed", "", "", ""))),
                Arguments.of("a header without a required column", List.of(List.of("Source", "Metric", "As of"),
                        List.of("NIS", "killed", "2025-01"))),
                Arguments.of("no header row", List.of(List.of("just", "words"), List.of("1", "2"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTables")
    void a_csv_file_and_a_workbook_with_the_same_bad_cells_give_the_same_problems_at_the_same_places(
            String what, List<List<String>> rows) throws IOException {
        Path csv = csv(rows, new Encoding(',', StandardCharsets.UTF_8, false));
        List<Problem> fromCsv = problems("csv", csv);
        List<Problem> fromWorkbook = problems("xlsx", workbook(rows));

        assertThat(fromCsv).isNotEmpty();
        assertThat(fromCsv.stream().map(Problem::message)).containsExactlyElementsOf(
                fromWorkbook.stream().map(Problem::message).toList());
        assertThat(fromCsv.stream().map(p -> rowAndColumn(p.location().toString()))).containsExactlyElementsOf(
                fromWorkbook.stream().map(p -> rowAndColumn(p.location().toString())).toList());
    }

    /** The row and 1-based column a place names, whether {@code file.csv:3:2 (Metric)} or {@code Sheet!B3}. */
    private static String rowAndColumn(String place) {
        java.util.regex.Matcher csv = java.util.regex.Pattern.compile(":(\\d+)(?::(\\d+))?").matcher(place);
        if (place.contains(".csv") && csv.find()) {
            return csv.group(1) + "/" + (csv.group(2) == null ? "-" : csv.group(2));
        }
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("!([A-Z]*)(\\d+)$").matcher(place);
        if (!cell.find()) {
            return place;
        }
        String letters = cell.group(1);
        int column = letters.isEmpty() ? 0 : letters.chars().reduce(0, (n, c) -> n * 26 + (c - 'A' + 1));
        return cell.group(2) + "/" + (column == 0 ? "-" : column);
    }

    /** The sample ledger's estimates as rows of the template's columns. */
    private static List<List<String>> templateRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.stream(EstimateColumn.values()).map(c -> c.names().header()).toList());
        Ledger sample = SampleLedger.load();
        sample.estimates().forEach(e -> {
            String[] cells = new String[EstimateColumn.values().length];
            EstimateCells.write(e, new EstimateCells.Target() {
                @Override
                public void text(Heading column, String text) {
                    cells[column.ordinal()] = text == null ? "" : text;
                }

                @Override
                public void number(Heading column, long value) {
                    cells[column.ordinal()] = Long.toString(value);
                }

                @Override
                public void period(Heading column, Period period) {
                    cells[column.ordinal()] = period.toText();
                }

                @Override
                public void link(Heading column, String url) {
                    text(column, url);
                }
            });
            rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        });
        return rows;
    }

    private Path csv(List<List<String>> rows, Encoding encoding) throws IOException {
        String text = rows.stream().map(r -> r.stream().map(c -> quoted(c, encoding.delimiter()))
                .collect(Collectors.joining(String.valueOf(encoding.delimiter())))).collect(Collectors.joining("\r\n"))
                + "\r\n";
        Path file = Files.createTempFile(dir, "cells-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (encoding.bom() && encoding.charset().equals(StandardCharsets.UTF_8)) {
                out.write(UTF8_BOM);
            }
            out.write(text.getBytes(encoding.charset()));
        }
        return file;
    }

    private static String quoted(String cell, char delimiter) {
        boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n")
                || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private Path workbook(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile(dir, "cells-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Estimates");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static LedgerFormat format(String id) {
        return ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals(id)).findFirst().orElseThrow();
    }

    private static Ledger read(String format, Path file) throws IOException {
        return format(format).reader().orElseThrow().readPlaced(file, FormatOptions.none(), notice -> { }).ledger();
    }

    private static List<Problem> problems(String format, Path file) {
        return assertThrows(InvalidInputException.class, () -> read(format, file)).problems();
    }
}
