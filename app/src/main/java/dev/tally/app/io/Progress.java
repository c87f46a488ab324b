package dev.tally.app.io;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for work that runs longer than about a second, drawn only when
 * the console is a terminal; silent otherwise (in pipes, scripts and tests). The work's size is not
 * known in advance, so the bar shows the task and the time elapsed.
 */
public final class Progress implements AutoCloseable {

    private static final long DELAY_MILLIS = 1_000;

    private static final Progress SILENT = new Progress();

    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> start;
    private ProgressBar bar;

    /** A progress that draws nothing and starts no thread. */
    private Progress() {
        timer = null;
        start = null;
    }

    private Progress(String task, PrintStream stream) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tally-progress");
            thread.setDaemon(true);
            // The bar is a nicety: whatever ends its thread (memory running out with the work's) is not reported.
            thread.setUncaughtExceptionHandler((t, e) -> { });
            return thread;
        });
        start = timer.schedule(() -> show(task, stream), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching a task; the bar appears if the task is still running after a second.
     *
     * @param task  what is being done, such as "Importing ledger.xlsx"
     * @return the progress, to close when the task ends; does nothing unless on a terminal
     */
    public static Progress of(String task) {
        return System.console() == null ? SILENT : new Progress(task, System.err);
    }

    private synchronized void show(String task, PrintStream stream) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(200).build();
    }

    /** Ends the bar, if it was drawn; safe to call more than once, so a command can end it before it prints. */
    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        start.cancel(false);
        timer.shutdownNow();
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
