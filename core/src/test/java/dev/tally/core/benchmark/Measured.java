package dev.tally.core.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;

/**
 * One step of a benchmark main, measured: the best wall time and its thread's CPU time over a
 * number of runs, the highest heap in use seen in any run (the sum of the heap pools' peaks, an
 * upper bound) and the heap still in use once the step's result is kept and the rest collected.
 * Benchmarks print these and end with one {@link #ratio} line per target.
 *
 * @param name  what was measured
 * @param seconds  the best wall time of a run
 * @param cpuSeconds  the measuring thread's CPU time in that run
 * @param peakBytes  the highest heap in use in any run
 * @param liveBytes  the heap in use after a run, its result still held
 * @param result  what the step returned in its last run, shown after the figures
 */
public record Measured(String name, double seconds, double cpuSeconds, long peakBytes, long liveBytes,
                       Object result) {

    private static final long MEGABYTE = 1024L * 1024;

    /** A step of a benchmark. */
    @FunctionalInterface
    public interface Step {
        /**
         * Runs the step.
         *
         * @return what it made, held until it is measured
         * @throws Exception if the step fails, which ends the benchmark
         */
        Object run() throws Exception;
    }

    /**
     * Measures a step, starting each run from a collected heap.
     *
     * @param name  what is measured
     * @param runs  how many times to run it; the best time counts
     * @param step  the step
     * @return the measurement
     * @throws Exception if the step fails
     */
    public static Measured of(String name, int runs, Step step) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        double best = Double.MAX_VALUE;
        double bestCpu = 0;
        long peak = 0;
        long live = 0;
        Object result = null;
        for (int run = 0; run < runs; run++) {
            result = null;
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = step.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds < best) {
                best = seconds;
                bestCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
            }
            peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            System.gc();
            live = Math.max(live, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Reference.reachabilityFence(result);
        }
        return new Measured(name, best, bestCpu, peak, live, result);
    }

    /**
     * The machine-readable line of one target, {@code ratio NAME VALUE target TARGET}, that scripts
     * follow from run to run.
     *
     * @param name  the target's name, such as {@code csv-import-vs-fastcsv-parse}
     * @param value  the measured ratio
     * @param target  the ratio not to exceed
     * @return the line
     */
    public static String ratio(String name, double value, double target) {
        return String.format(Locale.ROOT, "ratio %s %.2f target %s", name, value,
                target == Math.rint(target) ? Long.toString((long) target) : Double.toString(target));
    }

    @Override
    public String toString() {
        return String.format(Locale.ENGLISH, "%-32s %7.2f s wall %7.2f s cpu   peak heap %5d MB   live %5d MB   %s",
                name, seconds, cpuSeconds, peakBytes / MEGABYTE, liveBytes / MEGABYTE, result);
    }
}
