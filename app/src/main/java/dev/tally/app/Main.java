package dev.tally.app;

import dev.tally.app.cli.Tally;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code tally} executable: runs the command line on the console and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code tally}.
     *
     * @param args  the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Tally.run(args, out, err));
    }
}
