package dev.tally.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What one run of {@code tally} through its entry point returned: the exit code and both streams.
 *
 * @param exitCode  the exit code
 * @param out  what went to standard output
 * @param err  what went to standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun tally(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tally.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
