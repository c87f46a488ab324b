package dev.tally.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.testing.ZipEntries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Workbooks Tally writes are plain ZIP files that readers streaming the local headers can read. */
class XlsxZipTest {

    @TempDir
    Path dir;

    static Stream<Arguments> ledgers() {
        return Stream.of(
                Arguments.of("sample", SampleLedger.load()),
                Arguments.of("every field", Ledgers.everyField()),
                Arguments.of("10,000 generated estimates", XlsxBenchmark.ledger(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void an_export_streams_entry_by_entry_as_its_central_directory_reads(String name, Ledger ledger)
            throws IOException {
        Path file = Workbooks.export(ledger, dir.resolve("export.xlsx"));

        assertThat(ZipEntries.assertStreamable(file)).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    @Test
    void a_template_streams_entry_by_entry_as_its_central_directory_reads() throws IOException {
        Path file = Workbooks.template(SampleLedger.load(), dir.resolve("template.xlsx"));

        assertThat(ZipEntries.assertStreamable(file)).contains("xl/workbook.xml");
    }
}
