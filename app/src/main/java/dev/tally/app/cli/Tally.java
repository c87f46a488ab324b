package dev.tally.app.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.tally.app.plugins.FormatConflictException;
import dev.tally.app.plugins.FormatDiscovery;
import dev.tally.app.plugins.FormatModule;
import dev.tally.app.plugins.FormatRegistry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The composition root: discovers the format plugins, wires them with Guice and runs the command
 * line with the given output streams.
 */
public final class Tally {

    private Tally() {
    }

    /**
     * Builds the command line: discovers the format plugins (warning about broken ones on
     * {@code err}), wires them with Guice and checks that no two claim the same extension.
     *
     * @param out  where the commands' output goes
     * @param err  where messages go
     * @return the command line, ready to execute
     * @throws com.google.inject.ProvisionException wrapping a {@link FormatConflictException}
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Subcommands.ALL);
    }

    /** The command line with only the given subcommands, as {@link #commandLine(PrintWriter, PrintWriter)} builds it. */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        quietLibraryLogging();
        noGeneratedClasses();
        FormatDiscovery discovery = FormatDiscovery.discover(Tally.class.getClassLoader());
        discovery.warnings().forEach(w -> err.println("tally: warning: " + w));
        Injector injector = Guice.createInjector(new FormatModule(discovery.formats()));
        injector.getInstance(FormatRegistry.class);
        GuiceFactory factory = new GuiceFactory(injector);
        CommandLine tally = new CommandLine(TallyCommand.class, factory);
        for (Class<?> subcommand : subcommands) {
            tally.addSubcommand(new CommandLine(subcommand, factory));
        }
        // Set after the subcommands are added: picocli passes these settings to the subcommands present.
        return tally.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new ErrorHandler());
    }

    /**
     * Guice generates a class to call each constructor it injects, which costs a tenth of a second
     * at each start for constructors a run calls once; it calls them by reflection instead, unless
     * the user set the property. Read by Guice 7's {@code InternalFlags} when Guice first loads.
     */
    private static void noGeneratedClasses() {
        System.getProperties().putIfAbsent("guice_bytecode_gen_option", "DISABLED");
    }

    /**
     * Apache POI logs through the Log4j API; with no Log4j provider on the class path, Log4j would
     * complain on stderr at start and print its own internal errors. The command line reports every
     * problem itself, so Log4j's simple logger is chosen and set to say nothing, unless the user set
     * these properties.
     */
    private static void quietLibraryLogging() {
        System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.getProperties().putIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        System.getProperties().putIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        System.getProperties().putIfAbsent("log4j2.statusLoggerLevel", "OFF");
        System.getProperties().putIfAbsent("log4j2.simplelogStatusLoggerLevel", "OFF");
    }

    /**
     * Runs {@code tally} with the given arguments.
     *
     * @param args  the command-line arguments
     * @param out  where the command's output goes
     * @param err  where messages go
     * @return the exit code, as {@link ExitCode} lists them
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err, Subcommands.neededBy(args)).execute(args);
        } catch (com.google.inject.ProvisionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FormatConflictException) {
                err.println("tally: " + cause.getMessage());
                return ExitCode.INTERNAL_ERROR;
            }
            throw e;
        } catch (OutOfMemoryError e) {
            err.println("tally: " + NotEnoughMemory.message(args, Runtime.getRuntime().maxMemory()));
            return ExitCode.OUT_OF_MEMORY;
        } catch (Error e) {
            // A missing class, a stack overflow: still one line for the user, the trace only when asked for.
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.println("tally: internal error: " + e);
            err.println("  (rerun with --debug for the stack trace)");
            return ExitCode.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
