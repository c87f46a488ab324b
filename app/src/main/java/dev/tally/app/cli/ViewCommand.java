package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.Style;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.InvalidTextException;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A view of a ledger: reads the ledger (the sample ledger when no file is given), takes what was
 * known at {@code --as-known-at} (everything by default; {@link Knowledge} holds the rule), and
 * prints for people or, with {@code --json}, for scripts. The estimates possibly known at that date
 * are left out unless {@code --include-possibly-known} is given, and never silently: the text says
 * under its title how many of those the view would show were left out (or, with the option, that
 * they are shown and marked), and the JSON lists them.
 */
abstract class ViewCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    private final LedgerFiles files;

    @Option(names = "--format", paramLabel = "ID", description = "The ledger file's format id (default: by extension).")
    String format;

    @Option(names = "--as-known-at", paramLabel = "DATE", converter = KnownAtConverter.class,
            description = "Show only what was known at this date: figures whose reported period had ended by "
                    + "then, less those superseded by then. A month or year means its last day (default: everything).")
    LocalDate asKnownAt;

    @Option(names = "--include-possibly-known", description = "With --as-known-at: show too, marked as possibly "
            + "known, the figures whose reported period had begun but not ended by then (a figure reported in April "
            + "is possibly known on April 2, known from April 30).")
    boolean includePossiblyKnown;

    @Option(names = "--json", description = "Print JSON for scripts (see docs/cli.md) instead of text for people.")
    boolean json;

    @Spec
    CommandSpec spec;

    ViewCommand(LedgerFiles files) {
        this.files = files;
    }

    /** Colour when printing to a terminal, unless NO_COLOR is set. */
    Style style() {
        return Style.detect(System.console() != null, System.getenv());
    }

    /** The ledger file named on the command line, if any. */
    abstract Optional<Path> ledgerFile();

    /** Prints the view for people, under the heading's lines, and returns the exit code. */
    abstract int text(Knowledge knowledge, List<String> heading, PrintWriter out);

    /** The estimates this view shows when they are known: those its options select (every one by default). */
    Predicate<Estimate> shows(Ledger ledger) {
        return estimate -> true;
    }

    /** Writes the view as JSON fields of an already opened object and returns the exit code. */
    abstract int json(Knowledge knowledge, JsonGenerator json) throws IOException;

    @Override
    public Integer call() throws Exception {
        Optional<Path> file = ledgerFile();
        Ledger ledger = files.readOrSample(file, Optional.ofNullable(format));
        Knowledge atDate = asKnownAt == null ? Knowledge.ofAll(ledger) : Knowledge.at(ledger, asKnownAt);
        Knowledge knowledge = includePossiblyKnown ? atDate.includingPossiblyKnown() : atDate;
        List<String> possiblyKnown = knowledge.possiblyKnown().filter(shows(ledger)).map(Estimate::id).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            String title = file.map(Path::toString).orElse("Sample ledger: North Korean forces in Russia, spring 2025")
                    + (asKnownAt == null ? "" : ", as known at " + asKnownAt);
            return text(knowledge, heading(title, possiblyKnown.size()), out);
        }
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            generator.useDefaultPrettyPrinter();
            generator.writeStartObject();
            generator.writeStringField("ledger", file.map(Path::toString).orElse("sample"));
            generator.writeStringField("asKnownAt", asKnownAt == null ? null : asKnownAt.toString());
            generator.writeBooleanField("includesPossiblyKnown", includePossiblyKnown);
            generator.writeArrayFieldStart("possiblyKnown");
            for (String id : possiblyKnown) {
                generator.writeString(id);
            }
            generator.writeEndArray();
            int code = json(knowledge, generator);
            generator.writeEndObject();
            generator.flush();
            out.println();
            return code;
        }
    }

    /** The title, and under it what the view shows or leaves out of the estimates possibly known. */
    private List<String> heading(String title, int possiblyKnown) {
        if (possiblyKnown == 0) {
            return List.of(title);
        }
        String count = possiblyKnown == 1 ? "1 estimate" : possiblyKnown + " estimates";
        return List.of(title, includePossiblyKnown
                ? count + " possibly known at " + asKnownAt + " shown, marked (possibly known)"
                : count + " left out as possibly known at " + asKnownAt + ": reported in a period not ended by then "
                        + "(--include-possibly-known shows " + (possiblyKnown == 1 ? "it" : "them") + ")");
    }

    /** Reads {@code --as-known-at}: a day, or a month or year meaning its last day. */
    static final class KnownAtConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return Period.parse(value).end();
            } catch (InvalidTextException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
