package dev.tally.adapters.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Ledger;
import dev.tally.core.testing.GeneratedLedger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark (not a test): writes a ledger of N estimates (many subjects and sources, revision
 * chains, ranges and approximations) as CSV, then measures, in one run, our whole import of it
 * (encoding and delimiter detected, every field read as a figure, period or reference, the ledger
 * built and validated) against a raw parse of every field of the same file by FastCSV, the library
 * the reader uses, and, to show why it was chosen, by Commons CSV and Jackson's CSV dataformat.
 * Run: {@code mvn -B -q -o -pl adapters-csv -Pbenchmark -DskipTests verify}.
 */
public final class CsvBenchmark {

    private static final int RUNS = 3;

    private CsvBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the number of estimates, 1,000,000 when none is given
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("tally-csv-bench", ".csv");
        try {
            Measured export = export(rows, file);
            System.out.printf("%d estimates, %d MB of CSV; max heap %d MB, %d cores; best of %d runs%n", rows,
                    Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), RUNS);
            System.out.println(export);
            Measured fastcsv = Measured.of("raw FastCSV parse", RUNS, () -> fastcsv(file));
            System.out.println(fastcsv);
            Measured commons = Measured.of("raw Commons CSV parse", RUNS, () -> commons(file));
            System.out.println(commons);
            Measured jackson = Measured.of("raw Jackson CSV parse", RUNS, () -> jackson(file));
            System.out.println(jackson);
            Measured imported = Measured.of("our import", RUNS, () -> new CsvFormat().reader().orElseThrow()
                    .read(file));
            System.out.println(imported);
            Measured rebuilt = Measured.of("the same ledger built alone", RUNS, () -> rebuild((Ledger) imported.result()));
            System.out.println(rebuilt);
            System.out.println(Measured.ratio("csv-import-vs-fastcsv-parse", imported.seconds() / fastcsv.seconds(), 2));
            System.out.println(Measured.ratio("commons-csv-vs-fastcsv-parse", commons.seconds() / fastcsv.seconds(), 1));
            System.out.println(Measured.ratio("jackson-csv-vs-fastcsv-parse", jackson.seconds() / fastcsv.seconds(), 1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the file with our writer; the ledger is dropped afterwards, so that the reads start from an empty heap. */
    private static Measured export(int rows, Path file) throws Exception {
        Ledger ledger = GeneratedLedger.of(rows, 1_000, 50, 7);
        return Measured.of("our export", 1, () -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new CsvFormat().writer().orElseThrow().write(ledger, out);
            }
            return Files.size(file) / (1024 * 1024) + " MB";
        });
    }

    /** The imported ledger's records given to a new builder: the ledger's own share of an import, validation included. */
    private static Object rebuild(Ledger ledger) {
        return Ledger.builder().addAll(ledger).build();
    }

    /** Every field of every record, its length summed so that no read is optimised away. */
    private static Object fastcsv(Path file) throws IOException {
        long characters = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    characters += record.getField(i).length();
                }
            }
        }
        return characters + " characters";
    }

    private static Object commons(Path file) throws IOException {
        long characters = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : csv) {
                for (String field : record) {
                    characters += field.length();
                }
            }
        }
        return characters + " characters";
    }

    private static Object jackson(Path file) throws IOException {
        long characters = 0;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> records = mapper.readerFor(String[].class).readValues(reader)) {
            while (records.hasNext()) {
                for (String field : records.next()) {
                    characters += field.length();
                }
            }
        }
        return characters + " characters";
    }
}
