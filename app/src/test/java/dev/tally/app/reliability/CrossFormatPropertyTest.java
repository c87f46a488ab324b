package dev.tally.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.UnwritableLedgerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Nothing is lost across formats: a generated ledger written to a workbook, read back, written to JSON, read back,
 * written to JSON Lines and read back equals the original at every step; its JSON, read and taken through a workbook,
 * writes the same JSON byte for byte; and no worksheet of the workbook holds a formula, however much its text looks
 * like one (and some ledgers carry such text). The formats are the real plugins, found as the CLI finds them
 * ({@link PluginFormats}). The generated ledgers leave nothing out but what the workbook reader drops by design
 * (spaces around a text; see {@link CrossFormatLedgers} and docs/reliability.md).
 */
class CrossFormatPropertyTest {

    /** A cell formula in a worksheet's XML. */
    private static final Pattern FORMULA = Pattern.compile("<f[ >/]");

    @Provide
    Arbitrary<Ledger> ledgers() {
        return CrossFormatLedgers.ledgers();
    }

    @Property(tries = 1000)
    void a_ledger_survives_json_then_xlsx_then_json_then_jsonl_unchanged(@ForAll("ledgers") Ledger ledger)
            throws IOException {
        byte[] json = write("json", ledger);
        byte[] workbook = write("xlsx", read("json", json));

        Ledger fromWorkbook = read("xlsx", workbook);
        assertUnchanged("ledger -> xlsx -> ledger", fromWorkbook, ledger);
        byte[] jsonAgain = write("json", fromWorkbook);
        assertThat(jsonAgain).as("json -> xlsx -> json is byte-identical").isEqualTo(json);
        Ledger fromJson = read("json", jsonAgain);
        assertUnchanged("ledger -> json -> ledger", fromJson, ledger);
        assertUnchanged("ledger -> jsonl -> ledger", read("jsonl", write("jsonl", fromJson)), ledger);
        assertThat(formulaCells(workbook)).isZero();

        Statistics.collect(hasFormulaLikeText(ledger));
        Statistics.coverage(coverage -> coverage.check(true).percentage(percent -> percent > 2));
    }

    @Provide
    Arbitrary<Ledger> oneTableLedgers() {
        return CrossFormatLedgers.oneTableLedgers();
    }

    @Property(tries = 300)
    void a_ledger_of_what_one_csv_file_holds_survives_csv_unchanged(@ForAll("oneTableLedgers") Ledger ledger)
            throws IOException {
        byte[] csv = write("csv", ledger);

        Ledger fromCsv = read("csv", csv);
        assertUnchanged("ledger -> csv -> ledger", fromCsv, ledger);
        assertThat(write("csv", fromCsv)).as("csv -> ledger -> csv is byte-identical").isEqualTo(csv);
        assertUnchanged("ledger -> xlsx -> ledger -> csv -> ledger",
                read("csv", write("csv", read("xlsx", write("xlsx", ledger)))), ledger);
    }

    @Example
    void what_one_csv_file_cannot_carry_is_refused_by_name_not_lost() {
        Ledger sample = SampleLedger.load();
        Estimate first = sample.estimates().get(0);
        Estimate second = sample.estimates().get(1);
        Ledger.Builder builder = Ledger.builder();
        sample.sources().forEach(builder::add);
        sample.subjects().forEach(builder::add);
        Ledger unwritable = builder.add(first.toBuilder().note("a NUL \0 here").build())
                .add(second.toBuilder().via("half a pair \ud800").build()).build();

        assertThatThrownBy(() -> write("csv", unwritable)).isInstanceOf(UnwritableLedgerException.class)
                .satisfies(e -> assertThat(((UnwritableLedgerException) e).problems()).extracting(Problem::message)
                        .containsExactlyInAnyOrder("the Note of estimate " + first.id() + " holds a NUL character "
                                        + "(U+0000), which CSV readers take for a binary file; remove it or keep the "
                                        + "ledger in JSON",
                                "the Via of estimate " + second.id() + " holds a lone surrogate (U+D800) at character "
                                        + "13, which UTF-8 cannot encode; remove it or keep the ledger in JSON"));
    }

    /** Asserts the ledgers equal, showing where they differ as their JSON text. */
    private static void assertUnchanged(String step, Ledger actual, Ledger expected) throws IOException {
        assertThat(new String(write("json", actual), StandardCharsets.UTF_8)).as(step)
                .isEqualTo(new String(write("json", expected), StandardCharsets.UTF_8));
        assertThat(actual).as(step).isEqualTo(expected);
    }

    private static byte[] write(String format, Ledger ledger) throws IOException {
        return PluginFormats.write(format, ledger);
    }

    private static Ledger read(String format, byte[] bytes) throws IOException {
        return PluginFormats.read(format, bytes);
    }

    /**
     * How many cells of the workbook's worksheets hold a formula ({@code <f>} elements). The workbook goes through a
     * file because its streamed zip entries carry their sizes after the data, which {@code ZipInputStream} refuses.
     */
    private static long formulaCells(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("cross-format-", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, workbook).toFile())) {
            long formulas = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    formulas += FORMULA.matcher(xml).results().count();
                }
            }
            return formulas;
        } finally {
            Files.delete(file);
        }
    }

    private static boolean hasFormulaLikeText(Ledger ledger) {
        return ledger.estimates().stream().flatMap(e -> Stream.of(e.note(), e.via()))
                .flatMap(Optional::stream)
                .anyMatch(text -> CrossFormatLedgers.FORMULA_STARTS.stream().anyMatch(text::startsWith));
    }
}
