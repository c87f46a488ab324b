package dev.tally.core.model;

import dev.tally.core.testing.GeneratedLedger;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures {@link Ledger#with(Estimate)}: adds 10,000 estimates one at a time to ledgers of 10^4,
 * 10^5 and 10^6 estimates over 100 subjects and 10 sources (see {@link GeneratedLedger}; the added
 * estimates are the next ones the generator makes, so that most of them revise an estimate of the
 * ledger), and prints the time per add for each size: the best of 20 rounds (each a few
 * milliseconds), in wall-clock time and in the CPU time of the running thread (steadier on a busy
 * machine; it leaves out the collector's threads). Three rounds of warm-up go over every size first,
 * and the rounds then take the sizes in turn, so that the compiler and a busy machine favour none;
 * every round starts again from the same ledger. Not a unit test.
 *
 * <p>Run from the repository root, after {@code mvn -o -pl core test-compile} (the benchmark needs
 * only the core's classes and its own):
 * <pre>
 * java -Xmx4g -cp core/target/classes:core/target/test-classes dev.tally.core.model.LedgerWithBenchmark
 * </pre>
 * Optional arguments: the number of estimates added and the number of rounds.
 */
public final class LedgerWithBenchmark {

    private static final int[] SIZES = {10_000, 100_000, 1_000_000};
    private static final int SUBJECTS = 100;
    private static final int SOURCES = 10;
    private static final int WARM_UP = 3;

    private LedgerWithBenchmark() {
    }

    /** A ledger and the estimates to add to it. */
    private record Run(Ledger base, List<Estimate> added) {
        static Run of(int size, int adds) {
            Ledger generated = GeneratedLedger.of(size + adds, SUBJECTS, SOURCES, 1);
            List<Estimate> all = generated.estimates();
            Ledger.Builder builder = Ledger.builder();
            generated.sources().forEach(builder::add);
            generated.subjects().forEach(builder::add);
            all.subList(0, size).forEach(builder::add);
            return new Run(builder.build(), List.copyOf(all.subList(size, all.size())));
        }

        /** The wall-clock and the CPU time of the running thread, in nanoseconds, to add the estimates one by one. */
        long[] time(ThreadMXBean threads) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Ledger ledger = base;
            for (Estimate estimate : added) {
                ledger = ledger.with(estimate);
            }
            long[] times = {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu};
            if (ledger.estimates().size() != base.estimates().size() + added.size()) {
                throw new IllegalStateException("an estimate was lost: " + ledger);
            }
            return times;
        }
    }

    /**
     * Runs the benchmark and prints the time per add for each size, then the machine-readable lines.
     *
     * @param args  optional: estimates added, rounds
     */
    public static void main(String[] args) {
        int adds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Run> runs = Arrays.stream(SIZES).mapToObj(size -> Run.of(size, adds)).toList();
        long[][] best = new long[SIZES.length][];
        for (int round = 0; round < WARM_UP + rounds; round++) {
            for (int s = 0; s < SIZES.length; s++) {
                long[] times = runs.get(s).time(threads);
                if (round == WARM_UP) {
                    best[s] = times;
                } else if (round > WARM_UP) {
                    best[s] = new long[] {Math.min(best[s][0], times[0]), Math.min(best[s][1], times[1])};
                }
            }
        }
        out.printf("%-12s %12s %8s %12s %8s%n", "ledger", "wall µs/add", "× 10^4", "cpu µs/add", "× 10^4");
        for (int s = 0; s < SIZES.length; s++) {
            out.printf(Locale.ROOT, "%,12d %12.2f %8.2f %12.2f %8.2f%n", SIZES[s], micros(best[s][0], adds),
                    (double) best[s][0] / best[0][0], micros(best[s][1], adds), (double) best[s][1] / best[0][1]);
        }
        out.printf(Locale.ROOT, "ratio with-per-add-1e6-vs-1e4 %.2f target 2%n", (double) best[2][0] / best[0][0]);
        // Not a ratio: the wall-clock micro-seconds per add at 10^6, against a bound of 50.
        out.printf(Locale.ROOT, "ratio with-per-add-1e6-us %.2f target 50%n", micros(best[2][0], adds));
    }

    private static double micros(long nanos, int adds) {
        return nanos / 1e3 / adds;
    }
}
