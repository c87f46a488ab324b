package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tally rollup} and {@code tally reconcile --by} through the entry point: on the sample ledger,
 * and on the UCDP GED Myanmar events (imported with the column mapping of UcdpCsvTest, less the two
 * rows refused by design), whose month totals must equal sums computed from the CSV with Commons CSV.
 */
class RollupCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = "/dev/tally/app/reliability/ucdp-ged-19.1-myanmar-2015-2018.csv";
    private static final List<String> REFUSED = List.of("210317", "224479");

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path ledger;

    @BeforeAll
    static void importTheEvents() throws IOException {
        csv = dir.resolve("ucdp-375.csv");
        try (InputStream in = Objects.requireNonNull(RollupCommandTest.class.getResourceAsStream(DATA))) {
            List<String> kept = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> REFUSED.stream().noneMatch(id -> l.startsWith(id + ","))).toList();
            Files.write(csv, kept, StandardCharsets.UTF_8);
        }
        ledger = dir.resolve("ucdp.json");
        CliRun run = tally("import", csv.toString(), "--into", ledger.toString(), "--column", "As of=date_start/date_end",
                "--column", "Subject=conflict_name", "--column", "Via=source_office", "--value", "Source=UCDP",
                "--value", "Metric=deaths", "--value", "Basis=increment");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** Low, best and high summed per month of date_end over every subject, read by Commons CSV. */
    private static Map<String, List<Long>> csvSums() throws IOException {
        Map<String, List<Long>> sums = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                sums.merge(row.get("date_end").substring(0, 7), List.of(Long.parseLong(row.get("low")),
                        Long.parseLong(row.get("best")), Long.parseLong(row.get("high"))), RollupCommandTest::plus);
            }
        }
        return sums;
    }

    private static List<Long> plus(List<Long> a, List<Long> b) {
        return List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2));
    }

    @Test
    void the_ucdp_events_roll_up_to_the_month_sums_of_the_csv() throws IOException {
        JsonNode json = JSON.readTree(tally("rollup", ledger.toString(), "--json").out());

        Map<String, List<Long>> rolled = new TreeMap<>();
        json.get("totals").forEach(t -> rolled.merge(t.get("bucket").asText(),
                List.of(t.get("low").asLong(), t.get("best").asLong(), t.get("high").asLong()), RollupCommandTest::plus));
        assertThat(json.get("by").asText()).isEqualTo("month");
        assertThat(rolled).isEqualTo(csvSums()).hasSizeGreaterThan(12);
    }

    @Test
    void the_ucdp_events_by_year_add_up_to_every_event() throws IOException {
        JsonNode json = JSON.readTree(tally("rollup", ledger.toString(), "--by", "year", "--json").out());

        long best = 0;
        for (JsonNode total : json.get("totals")) {
            best += total.get("best").asLong();
        }
        assertThat(best).isEqualTo(csvSums().values().stream().mapToLong(s -> s.get(1)).sum());
        assertThat(json.get("totals")).allSatisfy(t -> assertThat(t.get("bucket").asText()).matches("201[5-8]"));
    }

    @Test
    void rollup_of_the_sample_shows_a_table_per_subject_and_metric_with_a_column_per_source() {
        CliRun run = tally("rollup", "--metric", "deployed");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Sample ledger: North Korean forces in Russia, spring 2025", "",
                "dprk-forces-russia · deployed",
                "  bucket   rok-military  us-kr-ua-officials",
                "  2024-12                11,000 (10,000–12,000)",
                "  2025-02  3,000",
                "  1 estimate spans two or more buckets and counts whole in the bucket its period ends in");
    }

    @Test
    void rollup_by_quarter_of_one_source() {
        CliRun run = tally("rollup", "--by", "quarter", "--source", "rok-military", "--metric", "deployed");

        assertThat(run.outLines()).containsSubsequence("  bucket   rok-military", "  2025-Q1  3,000");
    }

    @Test
    void an_unknown_bucket_size_or_source_is_a_usage_error_naming_the_choices() {
        CliRun bucket = tally("rollup", "--by", "fortnight");
        CliRun source = tally("rollup", "--source", "nobody");

        assertThat(bucket.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bucket.err()).contains("\"fortnight\" is not a bucket size; use week, month, quarter or year");
        assertThat(source.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(source.err()).contains("no source \"nobody\" in the ledger; sources: nis, rok-military, "
                + "us-kr-ua-officials");
    }

    @Test
    void reconcile_by_month_marks_a_month_only_one_source_reports() {
        CliRun run = tally("reconcile", "--by", "month", "--metric", "casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Sample ledger: North Korean forces in Russia, spring 2025", "",
                "dprk-forces-russia · casualties",
                "  2025-02  only rok-military reports · low 4,000 · best 4,000 · high 4,000",
                "    rok-military  4,000",
                "    largest of rok-military: rok-military-2025-02-casualties ~4,000",
                "  2025-04  only nis reports · low 4,700 · best 4,700 · high 4,700",
                "    nis  4,700",
                "    largest of nis: nis-2025-04-casualties ~4,700");
    }

    @Test
    void reconcile_by_month_of_two_sources_gives_both_totals_the_ratio_and_the_largest_events() throws IOException {
        Path two = dir.resolve("two.csv");
        Files.writeString(two, String.join("\n", "Id,Source,Subject,Metric,Figure,As of,Basis",
                "u1,ucdp,myanmar,killed,60,2015-05-02,increment", "u2,ucdp,myanmar,killed,5,2015-05-03,increment",
                "u3,ucdp,myanmar,killed,30,2015-05-04,increment", "u4,ucdp,myanmar,killed,10,2015-05-30/2015-06-02,increment",
                "a1,acled,myanmar,killed,4,2015-05-02,increment", "a2,acled,myanmar,killed,6,2015-05-09,increment", ""));
        Path twoLedger = dir.resolve("two.json");
        assertThat(tally("import", two.toString(), "--into", twoLedger.toString()).exitCode()).isZero();

        CliRun text = tally("reconcile", twoLedger.toString(), "--by", "month");
        JsonNode json = JSON.readTree(tally("reconcile", twoLedger.toString(), "--by", "month", "--json").out());

        assertThat(text.outLines()).contains("  2015-05  ratio 9.50× · low 10 · best 53 · high 95",
                "    acled  10", "    ucdp   95", "    largest of ucdp: u1 60, u3 30, u2 5",
                "  2015-06  only ucdp reports · low 10 · best 10 · high 10");
        JsonNode may = json.get("compared").get(0);
        assertThat(json.get("by").asText()).isEqualTo("month");
        assertThat(may.get("bucket").asText()).isEqualTo("2015-05");
        assertThat(may.get("singleSource").asBoolean()).isFalse();
        assertThat(may.get("ratio").asDouble()).isEqualTo(9.5);
        assertThat(may.get("totals")).extracting(t -> t.get("source").asText() + " " + t.get("best").asLong())
                .containsExactly("acled 10", "ucdp 95");
        assertThat(may.get("gap")).extracting(e -> e.get("id").asText()).containsExactly("u1", "u3", "u2");
        JsonNode june = json.get("compared").get(1);
        assertThat(june.get("singleSource").asBoolean()).isTrue();
        assertThat(june.get("ratio").isNull()).isTrue();
        assertThat(june.get("totals").get(0).get("spanning").asInt()).isEqualTo(1);
    }
}
