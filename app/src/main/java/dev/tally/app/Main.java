package dev.tally.app;

import dev.tally.app.cli.Tally;
import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tally} executable: runs the command line on the console and exits with its code.
 * Standard output is buffered (a view of a large ledger prints hundreds of thousands of lines, and
 * one system call per line cost a second) and flushed when the command ends; standard error flushes
 * it before each message, so that messages and output keep their order on a terminal.
 */
public final class Main {

    private static final int OUTPUT_BUFFER = 1 << 16;

    private Main() {
    }

    /**
     * Runs {@code tally}.
     *
     * @param args  the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(System.out, OUTPUT_BUFFER),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new FlushingFirst(out, new OutputStreamWriter(System.err,
                StandardCharsets.UTF_8)), true);
        System.exit(Tally.run(args, out, err));
    }
}
