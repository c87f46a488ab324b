package dev.tally.core.analysis;

import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.testing.GeneratedLedger;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures every analysis view on a ledger of 1,000,000 estimates over 1,000 subjects and 50
 * sources (see {@link GeneratedLedger}) against a plain single pass over the same estimates (summing
 * their lows), in the same run: best of 5 after 3 rounds of warm-up, both in wall-clock time and in
 * the CPU time of the running thread (steadier on a busy machine; it leaves out the collector's
 * threads). Each view starts from a collected heap ({@link System#gc()} before its first round):
 * otherwise it pays for the garbage of the views before it and, on the heap that building the ledger
 * grew, for the kernel's first touch of memory the heap had not used yet, which made the index
 * build's time vary from 110 to 300 ms with the rounds' luck. Not a unit test.
 *
 * <p>Run from the repository root, after {@code mvn -o -pl core test-compile} (the benchmark needs
 * only the core's classes and its own):
 * <pre>
 * java -Xmx4g -cp core/target/classes:core/target/test-classes dev.tally.core.analysis.AnalysisBenchmark
 * </pre>
 * Optional arguments: the number of estimates, subjects and sources. Each view is timed with
 * {@link Knowledge#ofAll} built once beforehand, with the index its views share ({@code LedgerIndex},
 * built on the first view's first run); building both is timed on its own line, which a single
 * view run cold adds to its own time, and followed by a ratio line of its own ({@code index-build}).
 */
public final class AnalysisBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 5;
    private static final String INDEX_BUILD = "Knowledge.ofAll + index";

    private AnalysisBenchmark() {
    }

    /**
     * Runs the benchmark and prints a table of times and ratios.
     *
     * @param args  optional: estimates, subjects, sources
     */
    public static void main(String[] args) {
        int estimates = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int sources = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Ledger ledger = GeneratedLedger.of(estimates, subjects, sources, 1);
        out.printf("ledger of %,d estimates, %,d subjects, %,d sources built in %,d ms%n", estimates, subjects,
                sources, (System.nanoTime() - started) / 1_000_000);
        Knowledge all = Knowledge.ofAll(ledger);
        String subject = GeneratedLedger.subject(subjects / 2);
        String id = GeneratedLedger.id(estimates / 2);
        List<Estimate> list = ledger.estimates();
        Map<String, Supplier<Object>> views = new LinkedHashMap<>();
        views.put("single pass (sum of lows)", () -> {
            long sum = 0;
            for (Estimate estimate : list) {
                sum += estimate.quantity().low();
            }
            return sum;
        });
        views.put("Knowledge.ofAll", () -> Knowledge.ofAll(ledger));
        views.put(INDEX_BUILD, () -> Knowledge.ofAll(ledger).index());
        views.put("Picture.of", () -> Picture.of(all));
        views.put("Reconciliation.all", () -> Reconciliation.all(all));
        views.put("Derivations.of", () -> Derivations.of(all));
        views.put("Checks.run", () -> Checks.standard().run(all));
        views.put("Timeline.of (one subject)", () -> Timeline.of(all, subject, "casualties"));
        views.put("History.of (one id)", () -> History.of(all, id));
        Map<String, long[]> best = new LinkedHashMap<>();
        views.forEach((name, view) -> best.put(name, bestOf(view)));
        long[] pass = best.values().iterator().next();
        out.printf("%-28s %9s %7s %9s %7s  %s%n", "view", "wall ms", "× pass", "cpu ms", "× pass", "result");
        best.forEach((name, times) -> out.printf("%-28s %9.1f %7.1f %9.1f %7.1f  %s%n", name, times[0] / 1e6,
                (double) times[0] / pass[0], times[1] / 1e6, (double) times[1] / pass[1], size(views.get(name).get())));
        best.forEach((name, times) -> {
            if (times != pass && !name.startsWith("History") && !name.startsWith("Knowledge")) {
                out.println(Measured.ratio(name.replaceAll("[^A-Za-z]+.*", "").toLowerCase(java.util.Locale.ROOT)
                        + "-vs-single-pass", (double) times[0] / pass[0], 5));
            }
        });
        out.println(Measured.ratio("index-build-vs-single-pass",
                (double) best.get(INDEX_BUILD)[0] / pass[0], 5));
    }

    /** The best wall-clock and the best CPU time of the running thread, in nanoseconds; from a collected heap. */
    private static long[] bestOf(Supplier<Object> view) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        int sink = 0;
        System.gc();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            sink += System.identityHashCode(view.get()) & 1;
            if (round >= WARM_UP) {
                best[0] = Math.min(best[0], System.nanoTime() - wall);
                best[1] = Math.min(best[1], threads.getCurrentThreadCpuTime() - cpu);
            }
        }
        return sink < 0 ? new long[2] : best;
    }

    private static String size(Object result) {
        if (result instanceof List<?> list) {
            return String.format("%,d items", list.size());
        }
        if (result instanceof Picture picture) {
            return String.format("%,d entries", picture.entries().size());
        }
        if (result instanceof Timeline timeline) {
            return String.format("%,d estimates, %,d derived, %,d chains", timeline.estimates().size(),
                    timeline.derived().size(), timeline.chains().size());
        }
        return "";
    }

}
