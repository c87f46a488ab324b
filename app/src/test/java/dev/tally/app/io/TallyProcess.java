package dev.tally.app.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code tally} command in a process of its own ({@code java -cp <the test class path> dev.tally.app.Main}),
 * run in a folder, with its standard output and error kept in files beside it.
 */
final class TallyProcess {

    /** How long a run may take before the test calls it hung. */
    private static final long PATIENCE_SECONDS = 120;

    private final Process process;
    private final Path out;
    private final Path err;

    private TallyProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code tally} with the given heap limit and arguments.
     *
     * @param folder  the working folder, which also receives the process's output as {@code NAME.out} and
     *                {@code NAME.err}
     * @param name  what to call this run's output files
     * @param maxHeap  the heap limit, such as {@code 256m}
     * @param args  the command-line arguments of {@code tally}
     */
    static TallyProcess start(Path folder, String name, String maxHeap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.tally.app.Main"));
        command.addAll(List.of(args));
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new TallyProcess(process, out, err);
    }

    /** Runs {@code tally} to its end with a 512 MB heap and returns its exit code. */
    static int run(Path folder, String name, String... args) throws IOException, InterruptedException {
        return start(folder, name, "512m", args).exitCode();
    }

    /** Waits for the process to end and gives its exit code; a process that does not end is killed and fails. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("tally did not end within " + PATIENCE_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Kills the process at once, as a power cut or {@code kill -9} would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Whether the process is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process wrote to its standard output. */
    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** What the process wrote to its standard error. */
    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
