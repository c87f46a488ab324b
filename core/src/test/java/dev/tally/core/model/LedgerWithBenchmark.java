package dev.tally.core.model;

import dev.tally.core.analysis.GeneratedLedger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Measures {@link Ledger#with(Estimate)}: adds 10,000 estimates one at a time to ledgers of 10^4,
 * 10^5 and 10^6 estimates over 100 subjects and 10 sources (see {@link GeneratedLedger}; the added
 * estimates are the next ones the generator makes, so that most of them revise an estimate of the
 * ledger), and prints the time per add for each size. The best of 5 rounds after one round of
 * warm-up; every round starts again from the same ledger. Not a unit test.
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

    private LedgerWithBenchmark() {
    }

    /**
     * Runs the benchmark and prints the time per add for each size, then the machine-readable lines.
     *
     * @param args  optional: estimates added, rounds
     */
    public static void main(String[] args) {
        int adds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        double[] microsPerAdd = new double[SIZES.length];
        out.printf("%-12s %14s %14s%n", "ledger", "µs per add", "× 10^4");
        for (int s = 0; s < SIZES.length; s++) {
            Ledger generated = GeneratedLedger.of(SIZES[s] + adds, SUBJECTS, SOURCES, 1);
            List<Estimate> all = generated.estimates();
            Ledger.Builder builder = Ledger.builder();
            generated.sources().forEach(builder::add);
            generated.subjects().forEach(builder::add);
            all.subList(0, SIZES[s]).forEach(builder::add);
            Ledger base = builder.build();
            microsPerAdd[s] = bestOf(base, all.subList(SIZES[s], all.size()), rounds) / 1e3 / adds;
            out.printf(Locale.ROOT, "%,12d %14.2f %14.2f%n", SIZES[s], microsPerAdd[s], microsPerAdd[s] / microsPerAdd[0]);
        }
        out.printf(Locale.ROOT, "ratio with-per-add-1e6-vs-1e4 %.2f target 2%n", microsPerAdd[2] / microsPerAdd[0]);
        // Not a ratio: the micro-seconds per add at 10^6, against a bound of 50.
        out.printf(Locale.ROOT, "ratio with-per-add-1e6-us %.2f target 50%n", microsPerAdd[2]);
    }

    /** The best time, in nanoseconds, to add the estimates one by one to the ledger, after a warm-up round. */
    private static long bestOf(Ledger base, List<Estimate> added, int rounds) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            long started = System.nanoTime();
            Ledger ledger = base;
            for (Estimate estimate : added) {
                ledger = ledger.with(estimate);
            }
            long time = System.nanoTime() - started;
            if (ledger.estimates().size() != base.estimates().size() + added.size()) {
                throw new IllegalStateException("an estimate was lost: " + ledger);
            }
            if (round > 0) {
                best = Math.min(best, time);
            }
        }
        return best;
    }
}
