package dev.tally.app.cli;

import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** Where what a format assumed while reading goes: a line on the error stream, after the tool's name. */
final class Notices {

    private Notices() {
    }

    /** A listener that prints each notice as {@code tally: note: …} on the command's error stream. */
    static Consumer<String> to(CommandSpec spec) {
        return notice -> spec.commandLine().getErr().println("tally: note: " + notice);
    }
}
