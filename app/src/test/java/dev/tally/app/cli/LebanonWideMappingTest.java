package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily Lebanon file (issue 15, Done-when 5) imports with a user-written wide mapping: each row
 * gives the running total of killed and of injured (read as wounded) that its reporting source gave
 * that day. {@code check} then finds nothing in the adjusted totals, and finds, in the totals as
 * reported, exactly the restart that the file holds when its second phase begins.
 */
class LebanonWideMappingTest {

    private static final String DATA = "tfp-lebanon-casualties-daily.csv";

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path mapping;
    private static List<CSVRecord> rows;

    @BeforeAll
    static void copyTheFileAndItsMapping() throws IOException {
        csv = copy(DATA);
        mapping = copy("lebanon-daily.json");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void every_row_gives_its_sources_running_totals_of_killed_and_wounded_as_the_file_states_them()
            throws IOException {
        Path ledgerFile = dir.resolve("adjusted.json");
        CliRun run = tally("import", csv.toString(), "--mapping", mapping.toString(), "--into", ledgerFile.toString());
        Ledger ledger = json().reader().orElseThrow().read(ledgerFile);
        Map<String, Estimate> byId = ledger.estimates().stream().collect(Collectors.toMap(Estimate::id,
                Function.identity()));
        Map<String, String> sourceNames = ledger.sources().stream().collect(Collectors.toMap(Source::id, Source::name));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(byId).hasSize(2 * rows.size());
        for (CSVRecord row : rows) {
            String id = "tfp-lb-" + row.get("report_source") + "-" + row.get("report_date");
            for (String[] metric : List.of(new String[] {"killed", "killed", "killed_cum"},
                    new String[] {"injured", "wounded", "injured_cum"})) {
                Estimate e = byId.get(id + "-" + metric[0]);
                assertThat(e).as(id).isNotNull();
                assertThat(e.metric()).isEqualTo(metric[1]);
                assertThat(e.quantity().low()).as(e.id()).isEqualTo(Long.parseLong(row.get(metric[2])));
                assertThat(e.basis()).isEqualTo(Basis.CUMULATIVE);
                assertThat(e.asOf().start()).isEqualTo(LocalDate.parse(row.get("report_date")));
                assertThat(sourceNames.get(e.source())).isEqualTo(row.get("report_source"));
            }
        }
        CliRun check = tally("check", ledgerFile.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void check_finds_in_the_totals_as_reported_exactly_the_restart_the_file_holds() throws IOException {
        Path reported = Files.writeString(dir.resolve("reported.json"), Files.readString(mapping)
                .replace("{killed_cum}", "{killed_cum_reported}").replace("{injured_cum}", "{injured_cum_reported}"));
        Path ledgerFile = dir.resolve("reported-ledger.json");
        List<String> falls = new ArrayList<>();
        Map<String, CSVRecord> previous = new HashMap<>();
        for (CSVRecord row : rows) {
            CSVRecord before = previous.put(row.get("report_source"), row);
            for (String column : List.of("killed_cum_reported", "injured_cum_reported")) {
                if (before != null && Long.parseLong(row.get(column)) < Long.parseLong(before.get(column))) {
                    falls.add(row.get("report_source") + " " + before.get("report_date") + " " + row.get("report_date"));
                }
            }
        }

        CliRun run = tally("import", csv.toString(), "--mapping", reported.toString(), "--into", ledgerFile.toString());
        CliRun check = tally("check", ledgerFile.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(falls).hasSize(2).allMatch(falls.get(0)::equals);
        String[] fall = falls.get(0).split(" ");
        String from = "tfp-lb-" + fall[0] + "-" + fall[1];
        String to = "tfp-lb-" + fall[0] + "-" + fall[2];
        assertThat(check.out()).contains("0 errors, 2 warnings");
        assertThat(check.out().replaceAll("\\s+", " ")).contains(
                "[cumulative-falls] the cumulative killed of", from + "-killed, " + fall[1], to + "-killed, " + fall[2],
                "[cumulative-falls] the cumulative wounded of", from + "-injured, " + fall[1],
                to + "-injured, " + fall[2]);
    }

    private static LedgerFormat json() {
        return ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals("json")).findFirst().orElseThrow();
    }

    private static Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(LebanonWideMappingTest.class.getResourceAsStream(
                "/dev/tally/app/mapping/" + name))) {
            Files.copy(in, file);
        }
        return file;
    }
}
