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

    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> start;
    private ProgressBar bar;

    private Progress(String task, PrintStream stream) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tally-progress");
            thread.setDaemon(true);
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
        return System.console() == null ? new Progress(task, null) : new Progress(task, System.err);
    }

    private synchronized void show(String task, PrintStream stream) {
        if (stream != null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(200).build();
        }
    }

    /** Ends the bar, if it was drawn; safe to call more than once, so a command can end it before it prints. */
    @Override
    public synchronized void close() {
        start.cancel(false);
        timer.shutdownNow();
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
