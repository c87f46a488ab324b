package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCDP GED and ACLED events of one country in one ledger (issue 15, Done-when 3): the UCDP Myanmar
 * file with the ucdp-ged preset, the ACLED-shaped file with the acled preset and the subject named
 * as UCDP names the country, then {@code reconcile --by month} in text and JSON. Each month's
 * totals, ratio and largest events are checked against sums computed from the two CSV files with
 * Commons CSV and java.time, following the documented rule: an event counts whole in the month its
 * period ends in.
 */
class DatasetsByMonthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

    @TempDir
    static Path dir;

    private static Path ledger;
    /** Each source's events, by month: the best figures of the events that end in it. */
    private static final Map<String, Map<YearMonth, List<Long>>> events = new TreeMap<>();

    @BeforeAll
    static void importBothDatasets() throws IOException {
        Path ucdp = copy("/dev/tally/app/reliability/ucdp-ged-19.1-myanmar-2015-2018.csv");
        Path acled = copy("/dev/tally/app/mapping/acled-shaped-myanmar-2015-2016.csv");
        ledger = dir.resolve("myanmar.json");
        CliRun first = tally("import", ucdp.toString(), "--preset", "ucdp-ged", "--into", ledger.toString());
        CliRun second = tally("import", acled.toString(), "--preset", "acled", "--value", "Subject=Myanmar (Burma)",
                "--into", ledger.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        for (CSVRecord row : records(ucdp)) {
            add("ucdp", LocalDate.parse(row.get("date_end")), Long.parseLong(row.get("best")));
        }
        for (CSVRecord row : records(acled)) {
            LocalDate day = LocalDate.parse(row.get("event_date"), ACLED_DATE);
            LocalDate end = switch (row.get("time_precision")) {
                case "1" -> day;
                case "2" -> day.with(DayOfWeek.SUNDAY);
                default -> day.with(TemporalAdjusters.lastDayOfMonth());
            };
            add("acled", end, Long.parseLong(row.get("fatalities")));
        }
    }

    @Test
    void each_month_shows_both_sources_totals_as_summed_from_their_files_and_months_of_one_source_are_marked()
            throws IOException {
        Map<YearMonth, JsonNode> compared = compared();
        TreeSet<YearMonth> months = new TreeSet<>();
        events.values().forEach(bySource -> months.addAll(bySource.keySet()));

        assertThat(compared.keySet()).containsExactlyElementsOf(months);
        for (YearMonth month : months) {
            JsonNode row = compared.get(month);
            Map<String, Long> totals = new TreeMap<>();
            row.get("totals").forEach(t -> totals.put(t.get("source").asText(), t.get("best").asLong()));
            assertThat(totals).as(month.toString()).isEqualTo(expectedTotals(month));
            assertThat(row.get("singleSource").asBoolean()).as(month.toString()).isEqualTo(totals.size() == 1);
        }
        assertThat(compared.values()).filteredOn(r -> !r.get("singleSource").asBoolean()).hasSizeGreaterThan(5);
    }

    @Test
    void the_ratio_is_the_highest_total_over_the_lowest_and_the_gap_lists_the_largest_events_of_the_highest()
            throws IOException {
        for (Map.Entry<YearMonth, JsonNode> entry : compared().entrySet()) {
            Map<String, Long> totals = expectedTotals(entry.getKey());
            if (totals.size() < 2 || totals.containsValue(0L)) {
                continue;
            }
            JsonNode row = entry.getValue();
            String highest = totals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double ratio = (double) totals.get(highest) / totals.values().stream().min(Long::compare).orElseThrow();
            List<Long> largest = events.get(highest).get(entry.getKey()).stream()
                    .sorted(Comparator.reverseOrder()).limit(3).toList();
            List<Long> gap = new ArrayList<>();
            row.get("gap").forEach(e -> {
                assertThat(e.get("source").asText()).isEqualTo(highest);
                gap.add(e.get("quantity").get("best").asLong());
            });

            assertThat(row.get("ratio").asDouble()).as(entry.getKey().toString()).isCloseTo(ratio, within(0.005));
            assertThat(gap).as(entry.getKey().toString()).isEqualTo(largest);
        }
    }

    @Test
    void the_text_shows_each_month_with_its_ratio_or_the_one_source_that_reports() {
        CliRun run = tally("reconcile", ledger.toString(), "--by", "month");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (YearMonth month : new TreeSet<>(events.get("ucdp").keySet())) {
            Map<String, Long> totals = expectedTotals(month);
            String line = run.outLines().stream().filter(l -> l.startsWith("  " + month + "  ")).findFirst()
                    .orElseThrow();
            if (totals.size() == 1) {
                assertThat(line).contains("only ucdp reports");
            } else if (!totals.containsValue(0L)) {
                assertThat(line).contains(String.format(Locale.ROOT, "ratio %.2f×", (double) totals.values().stream()
                        .max(Long::compare).orElseThrow() / totals.values().stream().min(Long::compare).orElseThrow()));
            }
        }
    }

    private static Map<YearMonth, JsonNode> compared() throws IOException {
        CliRun run = tally("reconcile", ledger.toString(), "--by", "month", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<YearMonth, JsonNode> byMonth = new TreeMap<>();
        for (JsonNode row : JSON.readTree(run.out()).get("compared")) {
            assertThat(row.get("subject").asText()).isEqualTo("myanmar-burma");
            byMonth.put(YearMonth.parse(row.get("bucket").asText()), row);
        }
        return byMonth;
    }

    private static Map<String, Long> expectedTotals(YearMonth month) {
        Map<String, Long> totals = new TreeMap<>();
        events.forEach((source, byMonth) -> {
            if (byMonth.containsKey(month)) {
                totals.put(source, byMonth.get(month).stream().mapToLong(Long::longValue).sum());
            }
        });
        return totals;
    }

    private static void add(String source, LocalDate end, long best) {
        events.computeIfAbsent(source, s -> new TreeMap<>()).computeIfAbsent(YearMonth.from(end), m -> new ArrayList<>())
                .add(best);
    }

    private static Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = Objects.requireNonNull(DatasetsByMonthTest.class.getResourceAsStream(resource))) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
