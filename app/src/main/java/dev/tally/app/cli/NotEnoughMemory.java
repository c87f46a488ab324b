package dev.tally.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one line a user reads when the Java heap runs out: which ledger, how much heap there was, and
 * how to give more ({@code TALLY_JAVA_OPTS}, which the {@code tally} launcher passes to Java).
 */
final class NotEnoughMemory {

    private static final long MB = 1024L * 1024;
    private static final long GB = 1024 * MB;

    private NotEnoughMemory() {
    }

    /**
     * The message, such as {@code not enough memory for big.jsonl (1 GB heap); run with more, e.g.
     * TALLY_JAVA_OPTS=-Xmx4g}.
     *
     * @param args  the command-line arguments: the first that names a file is the ledger
     * @param maxHeap  the heap's limit in bytes
     */
    static String message(String[] args, long maxHeap) {
        String ledger = Arrays.stream(args).filter(NotEnoughMemory::isFile).findFirst().orElse("this ledger");
        long suggested = Math.max(1, (long) Math.ceil(4.0 * maxHeap / GB));
        return "not enough memory for " + ledger + " (" + size(maxHeap) + " heap); run with more, e.g. "
                + "TALLY_JAVA_OPTS=-Xmx" + suggested + "g";
    }

    private static boolean isFile(String arg) {
        try {
            return !arg.startsWith("-") && Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The heap's size as people say it: {@code 1 GB}, {@code 1.5 GB}, {@code 128 MB}. */
    private static String size(long bytes) {
        double gb = (double) bytes / GB;
        return gb >= 0.95 ? String.format(Locale.ENGLISH, "%.1f GB", gb).replace(".0 GB", " GB")
                : Math.round((double) bytes / MB) + " MB";
    }
}
