package dev.tally.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark (not a test) of whole CLI runs as a user starts them (issue 17, Done-when 4):
 * {@code java -jar tally.jar reconcile|check|convert} on a 1,000,000-estimate ledger shaped like an
 * analyst's ({@link LedgerFixtures#realistic}), each against a raw Jackson token loop that reads
 * every string of the same file, JVM start included; and {@code convert ledger.jsonl out.xlsx} of a
 * 100,000-estimate one against a raw SXSSF write of the Estimates cells after reading the same file.
 * Every run is a process of its own with the default heap; each runs three times, in rounds that run
 * every command in turn, and the best time counts.
 * Run: {@code mvn -B -q -o -pl app -am -Pend-to-end -DskipTests verify}.
 */
public final class EndToEndBenchmark {

    /** How many times each command runs; the best time counts. */
    private static final int ROUNDS = 3;

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int exported = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path jar = Path.of(args.length > 2 ? args[2] : "app/target/tally.jar").toAbsolutePath();
        Path dir = Files.createTempDirectory("tally-e2e");
        try {
            Path big = LedgerFixtures.realistic(dir.resolve("big.jsonl"), count);
            Path small = LedgerFixtures.realistic(dir.resolve("small.jsonl"), exported);
            System.out.printf(Locale.ROOT, "%,d estimates, %d MB; %,d for the export; %d cores%n", count,
                    Files.size(big) >> 20, exported, Runtime.getRuntime().availableProcessors());
            String classpath = System.getProperty("java.class.path");
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("token loop + JVM start", List.of("-cp", classpath, TokenLoop.class.getName(), big.toString()));
            commands.put("tally reconcile", List.of("-jar", jar.toString(), "reconcile", big.toString()));
            commands.put("tally check", List.of("-jar", jar.toString(), "check", big.toString()));
            commands.put("tally convert .jsonl -> .json", List.of("-jar", jar.toString(), "convert", big.toString(),
                    dir.resolve("out.json").toString()));
            commands.put("raw SXSSF write of the cells", List.of("-cp", jar + java.io.File.pathSeparator + classpath,
                    RawExport.class.getName(), small.toString(), dir.resolve("raw.xlsx").toString()));
            commands.put("tally convert .jsonl -> .xlsx", List.of("-jar", jar.toString(), "convert", small.toString(),
                    dir.resolve("out.xlsx").toString()));
            Map<String, Double> best = bestOf(commands);
            double loop = best.get("token loop + JVM start");
            double reconcile = best.get("tally reconcile");
            double check = best.get("tally check");
            double convert = best.get("tally convert .jsonl -> .json");
            double raw = best.get("raw SXSSF write of the cells");
            double export = best.get("tally convert .jsonl -> .xlsx");
            System.out.println(Measured.ratio("e2e-reconcile-vs-token-loop", reconcile / loop, 3));
            System.out.println(Measured.ratio("e2e-check-vs-token-loop", check / loop, 3));
            System.out.println(Measured.ratio("e2e-convert-json-vs-token-loop", convert / loop, 3));
            System.out.println(Measured.ratio("e2e-export-xlsx-vs-raw-sxssf", export / raw, 1.5));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * Runs every command {@value #ROUNDS} times, in rounds that each run all of them in turn, so
     * that a baseline and the runs it is set against see the same state of the machine; the best
     * wall time of each in seconds. Exit codes 0 and 4 (findings) pass.
     */
    private static Map<String, Double> bestOf(Map<String, List<String>> commands)
            throws IOException, InterruptedException {
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                best.merge(command.getKey(), run(command.getKey(), command.getValue()), Math::min);
            }
        }
        best.forEach((name, seconds) -> System.out.printf(Locale.ROOT, "%-34s %7.2f s wall (best of %d)%n", name,
                seconds, ROUNDS));
        return best;
    }

    /** Runs a JVM with the arguments; its wall time in seconds. */
    private static double run(String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0 && exit != 4) {
            throw new IllegalStateException(name + " exited with " + exit);
        }
        return seconds;
    }

    /** The baseline: a raw Jackson token loop that reads every string and field name of a JSON Lines file. */
    public static final class TokenLoop {
        private TokenLoop() {
        }

        public static void main(String[] args) throws IOException {
            long strings = 0;
            try (InputStream in = Files.newInputStream(Path.of(args[0]));
                 JsonParser parser = new JsonFactory().createParser(in)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                        strings += parser.getText().length();
                    }
                }
            }
            System.out.println(strings);
        }
    }

    /** The baseline of the export: the ledger read, then its Estimates cells written with plain SXSSF. */
    public static final class RawExport {
        private RawExport() {
        }

        public static void main(String[] args) throws IOException {
            Ledger ledger = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                    .filter(format -> format.descriptor().id().equals("jsonl")).findFirst().orElseThrow()
                    .reader().orElseThrow().read(Path.of(args[0]));
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                SXSSFSheet sheet = workbook.createSheet("Estimates");
                int r = 0;
                for (Estimate e : ledger.estimates()) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (String text : List.of(e.id(), e.source(), e.subject(), e.metric(),
                            e.quantity().toDisplayText(), e.asOf().toText(), e.basis().name(),
                            e.reported().toText(), e.via().orElse(""), e.citation().flatMap(x -> x.title()).orElse(""),
                            e.citation().flatMap(x -> x.url()).orElse(""), e.note().orElse(""))) {
                        row.createCell(c++).setCellValue(text);
                    }
                }
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }
}
