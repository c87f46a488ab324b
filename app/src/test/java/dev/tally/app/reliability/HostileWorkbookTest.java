package dev.tally.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.app.cli.ExitCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks built to exhaust or abuse a reader, given to the real CLI ({@code java -cp <test class path>
 * dev.tally.app.Main convert NAME.xlsx out.json}) with a 256 MB heap: a zip bomb whose sheet expands from under a
 * megabyte to over 100 MB, a billion-laughs entity expansion and an external entity naming {@code /etc/passwd}. Each
 * is refused with exit code 3 and one problem line naming the reason, within three times the time the same
 * command takes to convert a one-row workbook (measured in the same run: JVM start dominates both, and a loaded
 * machine slows both alike), with no {@code OutOfMemoryError}, no stack trace, nothing of the outside file shown and
 * nothing written.
 */
class HostileWorkbookTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER = "<row r=\"1\">" + cell("A1", "Source") + cell("B1", "Metric")
            + cell("C1", "Figure") + cell("D1", "As of") + "</row>";
    private static final String BOMB_ROW = "<row r=\"2\">" + cell("A2", "nis") + cell("B2", "killed")
            + cell("C2", "1") + cell("D2", "2025") + "</row>";
    /** Rows enough for a sheet part of over 100 MB. */
    private static final int BOMB_ROWS = 100 * 1024 * 1024 / BOMB_ROW.length() + 1;
    /** How many times the baseline's time a refusal may take. */
    private static final int TIMES_THE_BASELINE = 3;

    private static Duration baseline;

    @TempDir
    static Path workbooks;

    @BeforeAll
    static void write_the_hostile_workbooks_and_time_a_plain_one() throws IOException, InterruptedException {
        writeWorkbook(workbooks.resolve("one-row.xlsx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", BOMB_ROW, 1);
        Run plain = Run.convert(workbooks, "one-row.xlsx");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        baseline = plain.elapsed();
        writeWorkbook(workbooks.resolve("zip-bomb.xlsx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", BOMB_ROW,
                BOMB_ROWS);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">"
                + Stream.iterate(1, i -> i + 1).limit(9).map(i -> "<!ENTITY lol" + i + " \""
                        + ("&lol" + (i - 1) + ";").repeat(10) + "\">").reduce("", String::concat) + "]>";
        writeWorkbook(workbooks.resolve("billion-laughs.xlsx"), laughs, "<row r=\"2\">" + cell("A2", "&lol9;")
                + "</row>", 1);
        writeWorkbook(workbooks.resolve("xxe.xlsx"), "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe "
                + "SYSTEM \"file:///etc/passwd\">]>", "<row r=\"2\">" + cell("A2", "&xxe;") + "</row>", 1);
    }

    static Stream<Arguments> payloads() {
        return Stream.of(Arguments.of("zip-bomb.xlsx", "refused as a possible zip bomb"),
                Arguments.of("billion-laughs.xlsx", "declares a DOCTYPE"),
                Arguments.of("xxe.xlsx", "declares a DOCTYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void a_hostile_workbook_is_refused_in_one_line_as_fast_as_a_plain_one_under_a_small_heap(String name,
            String reason, @TempDir Path folder) throws IOException, InterruptedException {
        Files.copy(workbooks.resolve(name), folder.resolve(name));

        Run run = Run.convert(folder, name);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("tally: " + name + " is not a valid ledger (1 problem):");
        assertThat(lines.get(1)).startsWith("  Estimates!A1: the sheet cannot be read: ").contains(reason);
        assertThat(run.err() + run.out()).doesNotContain("Exception", "Error", "\tat ", "root:");
        assertThat(folder.resolve("out.json")).doesNotExist();
        assertThat(run.elapsed()).as("time to refuse %s, against %s for a one-row workbook", name, baseline)
                .isLessThan(baseline.multipliedBy(TIMES_THE_BASELINE));
    }

    /** One run of {@code tally convert NAME out.json} in a process of its own with a 256 MB heap; ended within 60 s. */
    private record Run(int exitCode, Duration elapsed, String out, String err) {

        static Run convert(Path folder, String name) throws IOException, InterruptedException {
            long start = System.nanoTime();
            Process tally = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.tally.app.Main", "convert", name,
                    "out.json").directory(folder.toFile()).redirectOutput(folder.resolve("run.out").toFile())
                    .redirectError(folder.resolve("run.err").toFile()).start();
            boolean ended = tally.waitFor(60, TimeUnit.SECONDS);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!ended) {
                tally.destroyForcibly().waitFor();
            }
            assertThat(ended).as("ended within 60 s").isTrue();
            return new Run(tally.exitValue(), elapsed, Files.readString(folder.resolve("run.out"), StandardCharsets.UTF_8),
                    Files.readString(folder.resolve("run.err"), StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes a minimal workbook whose one sheet, Estimates, is the prolog, the header row and the rows given, the
     * rows being repeated as often as asked (streamed, so that a bomb is never held whole).
     */
    private static void writeWorkbook(Path file, String prolog, String rows, int times) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, String> part : packageParts().entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    1 << 16);
            sheet.write(prolog + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER);
            for (int i = 0; i < times; i++) {
                sheet.write(rows);
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
    }

    /** The parts of a workbook but its sheet. */
    private static Map<String, String> packageParts() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        return Map.of("[Content_Types].xml", xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
                + "\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
                + "main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
                + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
                "_rels/.rels", xml + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", xml + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet "
                        + "name=\"Estimates\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", xml + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" "
                        + "Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    }

    private static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
