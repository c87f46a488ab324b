package dev.tally.adapters.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The hostile CSV files of the corpus too large to check in, written on demand into a folder:
 * each streamed to disk in blocks, or made sparse, so that neither making nor refusing one holds it
 * in memory. Each file's name is its case's name in the corpus, where its expected problems are.
 */
final class HostileCsvFiles {

    /** The header row every file starts with. */
    private static final String HEADER = "Source,Subject,Metric,Figure,As of,Note\n";
    private static final int BLOCK = 1 << 20;

    /** Writes one hostile file into a folder. */
    @FunctionalInterface
    private interface Maker {
        void make(Path file) throws IOException;
    }

    private static final Map<String, Maker> MAKERS = Map.of(
            "hundred-megabyte-line.csv", file -> repeated(file, "nis,forces,killed,300,2025-01,", 'x', 100L * BLOCK),
            "quote-left-open-for-five-megabytes.csv",
            file -> repeated(file, "nis,forces,killed,300,2025-01,\"", 'x', 5L * BLOCK),
            "billion-fields.csv", file -> repeated(file, "", ',', 1L << 30),
            "two-megabyte-field.csv", file -> repeated(file, "nis,forces,killed,300,2025-01,", 'x', 2L * BLOCK),
            "seventeen-megabyte-record.csv", HostileCsvFiles::seventeenMegabyteRecord,
            "ten-million-and-one-records.csv", HostileCsvFiles::tenMillionAndOneRecords,
            "over-two-gigabytes.csv", HostileCsvFiles::overTwoGigabytes);

    private HostileCsvFiles() {
    }

    /**
     * Writes the file of a case, if it is one of these.
     *
     * @param name  the case's file name, such as {@code billion-fields.csv}
     * @param folder  where to write it
     * @return the file written, or empty if no such file is made here
     */
    static Optional<Path> make(String name, Path folder) throws IOException {
        Maker maker = MAKERS.get(name);
        if (maker == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        maker.make(file);
        return Optional.of(file);
    }

    /** The names of the files made here. */
    static java.util.Set<String> names() {
        return MAKERS.keySet();
    }

    /** The header, then a line that begins with a prefix and goes on with one character, count times. */
    private static void repeated(Path file, String prefix, char filler, long count) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER + prefix).getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[BLOCK];
            Arrays.fill(block, (byte) filler);
            for (long left = count; left > 0; left -= BLOCK) {
                out.write(block, 0, (int) Math.min(BLOCK, left));
            }
            out.write('\n');
        }
    }

    /** A record of 17 fields of a million characters each: each field is allowed, the record is not. */
    private static void seventeenMegabyteRecord(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] field = new byte[1_000_000];
            Arrays.fill(field, (byte) 'x');
            for (int i = 0; i < 17; i++) {
                out.write(field);
                out.write(',');
            }
            out.write('\n');
        }
    }

    /** The header, then ten million and one records of two empty fields each (a blank row of a sheet). */
    private static void tenMillionAndOneRecords(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] block = ",\n".repeat(BLOCK / 2).getBytes(StandardCharsets.US_ASCII);
            long records = CsvLimits.MAX_ROWS + 1L;
            for (long left = records; left > 0; left -= BLOCK / 2) {
                out.write(block, 0, (int) Math.min(BLOCK / 2, left) * 2);
            }
        }
    }

    /** A sparse file one byte larger than the largest file read: its size alone refuses it. */
    private static void overTwoGigabytes(Path file) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write(HEADER.getBytes(StandardCharsets.UTF_8));
            sparse.setLength(CsvLimits.MAX_FILE_BYTES + 1);
        }
    }
}
