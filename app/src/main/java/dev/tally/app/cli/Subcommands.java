package dev.tally.app.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code tally}, in the order its help lists them, and those a run needs. Building
 * picocli's model of a command costs reflection over its options (and a Guice binding): a run that
 * names one command builds that one only, while help and a mistyped command (whose message
 * suggests the near names) get them all.
 */
final class Subcommands {

    /** Every subcommand, in the order of the help. */
    static final List<Class<?>> ALL = List.of(SummaryCommand.class, TimelineCommand.class, ReconcileCommand.class,
            RollupCommand.class, CheckCommand.class, HistoryCommand.class, DiffCommand.class, ImportCommand.class,
            ExportCommand.class, ConvertCommand.class, TemplateCommand.class, ReportCommand.class, FormatsCommand.class,
            SchemaCommand.class, PresetsCommand.class, CommandLine.HelpCommand.class);

    /** The options after which {@code tally} runs no subcommand but the summary, or none. */
    private static final Set<String> TOP_ONLY = Set.of("--version", "-V", "--debug");

    private Subcommands() {
    }

    /**
     * The subcommands a run with these arguments needs: the one its first word (the first argument
     * that is not an option; the top command's options take no value) names, unless that is
     * {@code help}; the summary, which {@code tally} runs by itself, when the arguments are only
     * {@code --version} or {@code --debug}, or none; else all of them.
     */
    static List<Class<?>> neededBy(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return ALL.stream().filter(command -> !arg.equals("help") && name(command).equals(arg))
                        .<List<Class<?>>>map(List::of).findFirst().orElse(ALL);
            }
        }
        return TOP_ONLY.containsAll(List.of(args)) ? List.of(SummaryCommand.class) : ALL;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
