package dev.tally.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The ledgers the report's sizes are measured on, written as JSON ledgers under {@code target/report}
 * for the command line ({@code tally report target/report/ledger-10000.json --to r.html}), and their pages.
 */
class MeasuredLedgersTest {

    /** The budget of the page of a 1,600-day series: the charting library plus about 1 KB a day. */
    static final int BUDGET_1_600_DAYS = 3_000_000;

    @Test
    void the_10000_estimate_ledger_is_written_for_the_command_line_and_reads_back_whole() throws IOException {
        Ledger ledger = ReportLedgers.manySubjects(10_000);
        assertThat(writeAndReadBack(ledger, "ledger-10000.json")).isEqualTo(ledger);
    }

    @Test
    void the_page_of_a_1600_day_series_stays_within_its_budget_and_its_ledger_reads_back_whole() throws IOException {
        Ledger ledger = ReportLedgers.dailySeries(1_600);
        assertThat(writeAndReadBack(ledger, "ledger-1600-days.json")).isEqualTo(ledger);
        String page = ReportWriterTest.page(ledger, ReportScope.everything("1,600 days"));
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(BUDGET_1_600_DAYS);
        assertThat(ReportWriterTest.data(page).get("charts").get(0).get("dates")).hasSize(1_600);
    }

    private static Ledger writeAndReadBack(Ledger ledger, String name) throws IOException {
        LedgerFormat json = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals("json")).findFirst().orElseThrow();
        Files.createDirectories(ReportPageBrowserTest.PAGES);
        Path file = ReportPageBrowserTest.PAGES.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writer().orElseThrow().write(ledger, out);
        }
        return json.reader().orElseThrow().read(file);
    }
}
