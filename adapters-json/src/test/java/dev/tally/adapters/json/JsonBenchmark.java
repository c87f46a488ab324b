package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.LedgerFormat;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue 3: generates a ledger of a million estimates and reports, in one run, the
 * time and peak heap of our {@code .jsonl} and {@code .json} writers and readers next to a raw
 * Jackson {@link JsonGenerator} writing the same bytes and a raw {@link JsonParser} token loop over
 * the same file, with the ratios.
 *
 * <p>Run it with {@code mvn -B -q -o -pl adapters-json -Pbenchmark -DskipTests verify}
 * ({@code -Dbenchmark.estimates=N} for another size). Each step runs three times; the best time
 * counts, so that the JIT has warmed up.
 *
 * <p>The raw generator writes the same tokens straight from the generated texts, without the model;
 * the output of both is compared byte for byte. The raw token loop reads every token and takes the
 * text of every string, as any reader must; a bare {@code nextToken()} loop is shown for reference.
 */
public final class JsonBenchmark {

    private static final int RUNS = 3;
    private static final int SOURCES = 50;
    private static final int SUBJECTS = 20;
    private static final List<String> METRICS = MetricCatalog.builtIn().stream().map(m -> m.id()).toList();
    /** Estimate i and i - 40 share subject (i mod 20) and metric (i mod 8), so revisions stay valid. */
    private static final int SAME_SERIES = 40;
    private static final PrintStream OUT = System.out;
    /** The most live heap a ledger may take per estimate without notes and citations, in bytes. */
    private static final int MEMORY_TARGET = 250;

    private final int count;
    private final String[] quantities = new String[1_000];
    private final String[] months = new String[120];
    private final String[] days = new String[365];

    private JsonBenchmark(int count) {
        this.count = count;
        for (int i = 0; i < quantities.length; i++) {
            long n = 1_000L * i + i % 7;
            quantities[i] = switch (i % 5) {
                case 0 -> Quantity.exact(n).toText();
                case 1 -> Quantity.approximately(n).toText();
                case 2 -> Quantity.range(n, n + 500).toText();
                case 3 -> Quantity.atLeast(n).toText();
                default -> Quantity.atMost(n).toText();
            };
        }
        for (int i = 0; i < months.length; i++) {
            months[i] = String.format(Locale.ROOT, "%d-%02d", 2015 + i / 12, i % 12 + 1);
        }
        for (int i = 0; i < days.length; i++) {
            days[i] = java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString();
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the number of estimates, 1,000,000 if none is given
     * @throws IOException if a temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        new JsonBenchmark(count).run();
    }

    private void run() throws IOException {
        Path folder = Files.createTempDirectory("tally-json-benchmark");
        try {
            long start = System.nanoTime();
            Ledger ledger = ledger();
            OUT.printf(Locale.ROOT, "Generated %,d estimates in %.1f s; Java %s, max heap %,d MiB%n", count,
                    (System.nanoTime() - start) / 1e9, System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            for (LedgerFormat format : Formats.both()) {
                compare(format, ledger, folder);
            }
            ledger = null; // not held while the heap is measured
            OUT.printf(Locale.ROOT, "%nmemory live-bytes-per-estimate %.0f target %d%n",
                    liveBytesPerEstimate(folder), MEMORY_TARGET);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private void compare(LedgerFormat format, Ledger ledger, Path folder) throws IOException {
        String extension = format.descriptor().extensions().get(0);
        boolean pretty = extension.equals("json");
        Path ours = folder.resolve("ours." + extension);
        Path raw = folder.resolve("raw." + extension);
        Measure write = measure(() -> writeFile(ours, out -> format.writer().orElseThrow().write(ledger, out)));
        Measure rawWrite = measure(() -> writeFile(raw, out -> rawWrite(out, pretty)));
        boolean same = Files.mismatch(ours, raw) == -1;
        Reading<Ledger> reader = in -> format.reader().orElseThrow().read(in);
        Measure ourRead = measure(() -> readFile(ours, reader));
        boolean equal = ledger.equals(readFile(ours, reader));
        Measure core = measure(() -> rebuild(ledger));
        Measure rawRead = measure(() -> readFile(ours, in -> rawRead(in, true)));
        Measure bareRead = measure(() -> readFile(ours, in -> rawRead(in, false)));

        OUT.printf(Locale.ROOT, "%n.%s  %,d bytes (raw generator output identical: %s; read back equal: %s)%n",
                extension, Files.size(ours), same ? "yes" : "NO", equal ? "yes" : "NO");
        OUT.printf(Locale.ROOT, "  %-40s %9s %10s %10s %9s %12s%n", "", "best time", "live heap", "peak heap",
                "best cpu", "B/estimate");
        row("our writer", write);
        row("raw JsonGenerator", rawWrite);
        row("our reader", ourRead);
        row("raw JsonParser loop, strings read", rawRead);
        row("raw JsonParser loop, bare tokens", bareRead);
        row("core alone: same estimates, Ledger built", core);
        OUT.printf(Locale.ROOT, "  writer / raw generator: %.2fx (target <= 2)%n", write.seconds / rawWrite.seconds);
        OUT.printf(Locale.ROOT, "  reader / raw token loop: %.2fx (target <= 2); / bare token loop: %.2fx%n",
                ourRead.seconds / rawRead.seconds, ourRead.seconds / bareRead.seconds);
        OUT.printf(Locale.ROOT, "  reader without the core's share / raw token loop: %.2fx%n",
                (ourRead.seconds - core.seconds) / rawRead.seconds);
        OUT.printf(Locale.ROOT, "  reader / raw token loop in thread CPU: %.2fx; allocation: %.2fx%n",
                ourRead.cpuSeconds / rawRead.cpuSeconds, (double) ourRead.allocated / rawRead.allocated);
        OUT.println(Measured.ratio(extension + "-write-vs-raw-generator", write.seconds / rawWrite.seconds, 2));
        OUT.println(Measured.ratio(extension + "-read-vs-token-loop", ourRead.seconds / rawRead.seconds, 2));
    }

    private void row(String name, Measure measure) {
        OUT.printf(Locale.ROOT, "  %-40s %7.2f s %6d MiB %6d MiB %7.2f s %12.0f%n", name, measure.seconds,
                measure.liveHeap >> 20, measure.peakHeap >> 20, measure.cpuSeconds, (double) measure.allocated / count);
    }

    // ---- the data: each estimate's texts derive from its index, so the raw generator needs no model

    private Ledger ledger() {
        return ledger(true);
    }

    /** The generated ledger; without notes and citations if {@code annotated} is false. */
    private Ledger ledger(boolean annotated) {
        Ledger.Builder builder = headerOnly().toBuilder();
        Quantity[] parsedQuantities = new Quantity[quantities.length];
        for (int i = 0; i < quantities.length; i++) {
            parsedQuantities[i] = Quantity.parse(quantities[i]);
        }
        Period[] parsedMonths = new Period[months.length];
        for (int i = 0; i < months.length; i++) {
            parsedMonths[i] = Period.parse(months[i]);
        }
        Period[] parsedDays = new Period[days.length];
        for (int i = 0; i < days.length; i++) {
            parsedDays[i] = Period.parse(days[i]);
        }
        Citation citation = Citation.of("A report", "The figure, as quoted.");
        for (int i = 0; i < count; i++) {
            Estimate.Builder estimate = Estimate.builder().id(id(i)).source(source(i)).subject(subject(i))
                    .metric(metric(i)).quantity(parsedQuantities[i % quantities.length])
                    .asOf(parsedMonths[i % months.length]).reported(parsedDays[i % days.length])
                    .basis(increment(i) ? Basis.INCREMENT : Basis.CUMULATIVE);
            if (annotated && cited(i)) {
                estimate.credibility(dev.tally.core.model.Credibility.of(2)).citation(citation);
            }
            if (annotated && noted(i)) {
                estimate.note(note(i));
            }
            if (revising(i)) {
                estimate.revises(id(i - SAME_SERIES), RevisionKind.UPDATE);
            }
            builder.add(estimate.build());
        }
        return builder.build();
    }

    private static String id(int i) {
        return "e" + i;
    }

    private static String source(int i) {
        return "source-" + i % SOURCES;
    }

    private static String subject(int i) {
        return "subject-" + i % SUBJECTS;
    }

    private static String metric(int i) {
        return METRICS.get(i % METRICS.size());
    }

    private static boolean increment(int i) {
        return i % 11 == 0;
    }

    private static boolean cited(int i) {
        return i % 10 == 0;
    }

    private static boolean noted(int i) {
        return i % 3 == 0;
    }

    private static String note(int i) {
        return "note on estimate " + i + " — «quoted» \"text\"";
    }

    private static boolean revising(int i) {
        return i >= SAME_SERIES && i % 7 == 0;
    }

    // ---- raw Jackson

    private void rawWrite(OutputStream out, boolean pretty) throws IOException {
        try (JsonGenerator json = JsonSettings.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                json.setPrettyPrinter(JsonSettings.prettyPrinter());
            }
            json.writeStartObject();
            new RecordWriter(json).header(headerOnly());
            if (pretty) {
                json.writeArrayFieldStart("estimates");
            } else {
                json.writeEndObject();
                json.writeRaw('\n');
            }
            for (int i = 0; i < count; i++) {
                rawEstimate(json, i);
                if (!pretty) {
                    json.writeRaw('\n');
                }
            }
            if (pretty) {
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }

    /** The sources and subjects that the estimates name, without estimates. */
    private static Ledger headerOnly() {
        Ledger.Builder builder = Ledger.builder();
        for (int s = 0; s < SOURCES; s++) {
            builder.add(Source.of("source-" + s, "Source " + s, SourceKind.values()[s % SourceKind.values().length])
                    .withCountry("KR"));
        }
        for (int s = 0; s < SUBJECTS; s++) {
            builder.add(new Subject("subject-" + s, "Subject " + s));
        }
        return builder.build();
    }

    private void rawEstimate(JsonGenerator json, int i) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id(i));
        json.writeStringField("source", source(i));
        json.writeStringField("subject", subject(i));
        json.writeStringField("metric", metric(i));
        json.writeStringField("quantity", quantities[i % quantities.length]);
        json.writeStringField("asOf", months[i % months.length]);
        if (increment(i)) {
            json.writeStringField("basis", "increment");
        }
        json.writeStringField("reported", days[i % days.length]);
        if (cited(i)) {
            json.writeNumberField("credibility", 2);
            json.writeObjectFieldStart("citation");
            json.writeStringField("title", "A report");
            json.writeStringField("quote", "The figure, as quoted.");
            json.writeEndObject();
        }
        if (noted(i)) {
            json.writeStringField("note", note(i));
        }
        if (revising(i)) {
            json.writeArrayFieldStart("revises");
            json.writeStartObject();
            json.writeStringField("id", id(i - SAME_SERIES));
            json.writeStringField("kind", "update");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Reads every token; with {@code strings}, takes the text of every name and string as a reader must. */
    private static long rawRead(InputStream in, boolean strings) throws IOException {
        long sum = 0;
        try (JsonParser parser = JsonSettings.FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (strings && (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)) {
                    sum += parser.getText().length();
                } else if (strings && token == JsonToken.VALUE_NUMBER_INT) {
                    sum += parser.getIntValue();
                } else {
                    sum++;
                }
            }
        }
        return sum;
    }

    // ---- measuring

    @FunctionalInterface
    private interface Step {
        /** Runs the step and returns what it made, kept alive until its heap is measured. */
        Object run() throws IOException;
    }

    @FunctionalInterface
    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * The best time; the heap in use after a full collection at the end; the highest heap in use during
     * the step; the least CPU time of the thread that ran it, which other work on a shared machine
     * hardly changes; the fewest bytes it allocated (the garbage collector's work).
     */
    private record Measure(double seconds, long liveHeap, long peakHeap, double cpuSeconds, long allocated) {
    }

    /**
     * What the core costs any reader: building each estimate anew from its values and building the
     * ledger with its checks.
     */
    private static Ledger rebuild(Ledger ledger) {
        Ledger.Builder builder = Ledger.builder();
        ledger.sources().forEach(builder::add);
        ledger.subjects().forEach(builder::add);
        ledger.metrics().forEach(builder::add);
        ledger.estimates().forEach(e -> builder.add(e.toBuilder().build()));
        return builder.build();
    }

    /**
     * The live heap that a ledger of {@link #count} estimates without notes and citations takes per
     * estimate, read from a {@code .jsonl} file as a user reads it (ids, figures and periods shared as
     * the reader shares them): the heap in use after a full collection with the ledger held, less
     * that without it.
     */
    private double liveBytesPerEstimate(Path folder) throws IOException {
        LedgerFormat jsonl = Formats.JSONL;
        Path file = writeFile(folder.resolve("bare.jsonl"),
                out -> jsonl.writer().orElseThrow().write(ledger(false), out));
        long without = liveHeap();
        Ledger read = readFile(file, in -> jsonl.reader().orElseThrow().read(in));
        long with = liveHeap();
        Reference.reachabilityFence(read);
        return (double) (with - without) / count;
    }

    /** The heap in use after full collections. */
    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Path writeFile(Path file, Writing writing) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writing.write(out);
        }
        return file;
    }

    private static <T> T readFile(Path file, Reading<T> reading) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return reading.read(in);
        }
    }

    /**
     * Runs the step {@value #RUNS} times: the best time, the heap still in use after the step's
     * result was made and collected once more, and the highest heap in use seen in any run. The
     * heap includes what the benchmark itself holds: the ledger of a million estimates.
     */
    private static Measure measure(Step step) throws IOException {
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        long peak = 0;
        long live = 0;
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long startBytes = thread.getCurrentThreadAllocatedBytes();
            long startCpu = thread.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = step.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (thread.getCurrentThreadCpuTime() - startCpu) / 1e9);
            allocated = Math.min(allocated, thread.getCurrentThreadAllocatedBytes() - startBytes);
            peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            System.gc();
            live = Math.max(live, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Reference.reachabilityFence(result);
            // let the next run start without this one's result, as a user's next read would
            result = null;
        }
        return new Measure(best, live, peak, bestCpu, allocated);
    }
}
