package dev.tally.app.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.SourceKind;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * An ACLED-shaped CSV file (the codebook's columns, rows made up: see the README beside it) imports
 * with the acled preset (issue 15): one estimate per event with the id {@code acled-<event_id_cnty>},
 * its fatalities as the figure, {@code time_precision} 2 and 3 widening the event's date to its week
 * and its month, the {@code timestamp} of the last change as the reported day, and the outlets as via.
 * Every expectation is computed from Commons CSV's reading of the file with java.time.
 */
class AcledPresetTest {

    private static final String DATA = "acled-shaped-myanmar-2015-2016.csv";
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

    @TempDir
    static Path dir;

    private static List<CSVRecord> events;
    private static Map<String, Estimate> imported;
    private static Ledger ledger;
    private static final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void importWithThePreset() throws IOException {
        Path file = dir.resolve(DATA);
        try (InputStream in = Objects.requireNonNull(AcledPresetTest.class.getResourceAsStream(
                "/dev/tally/app/mapping/" + DATA))) {
            Files.copy(in, file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            events = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
        LedgerFormat csv = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals("csv")).findFirst().orElseThrow();
        ledger = csv.reader().orElseThrow().readPlaced(file, Presets.find("acled").orElseThrow().options(),
                notices::add).ledger();
        imported = ledger.estimates().stream().collect(Collectors.toMap(Estimate::id, Function.identity()));
    }

    @Test
    void every_event_is_one_estimate_of_its_fatalities_under_its_stable_id() {
        assertThat(imported).hasSize(events.size());
        for (CSVRecord event : events) {
            Estimate estimate = imported.get("acled-" + event.get("event_id_cnty"));
            assertThat(estimate).as(event.get("event_id_cnty")).isNotNull();
            assertThat(estimate.quantity().low()).isEqualTo(Long.parseLong(event.get("fatalities")));
            assertThat(estimate.quantity().high()).hasValue(Long.parseLong(event.get("fatalities")));
            assertThat(estimate.metric()).isEqualTo("killed");
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void time_precision_two_widens_the_date_to_its_week_and_three_to_its_month() {
        assertThat(events.stream().map(e -> e.get("time_precision")).distinct().sorted()).containsExactly("1", "2", "3");
        for (CSVRecord event : events) {
            LocalDate day = LocalDate.parse(event.get("event_date"), ACLED_DATE);
            List<LocalDate> expected = switch (event.get("time_precision")) {
                case "1" -> List.of(day, day);
                case "2" -> List.of(day.with(DayOfWeek.MONDAY), day.with(DayOfWeek.SUNDAY));
                default -> List.of(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            };
            Estimate estimate = imported.get("acled-" + event.get("event_id_cnty"));
            assertThat(List.of(estimate.asOf().start(), estimate.asOf().end())).as(event.get("event_id_cnty"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void the_timestamp_of_the_last_change_is_the_reported_day_in_utc() {
        for (CSVRecord event : events) {
            LocalDate day = Instant.ofEpochSecond(Long.parseLong(event.get("timestamp"))).atOffset(ZoneOffset.UTC)
                    .toLocalDate();
            Estimate estimate = imported.get("acled-" + event.get("event_id_cnty"));
            assertThat(List.of(estimate.reported().start(), estimate.reported().end())).as(event.get("event_id_cnty"))
                    .isEqualTo(List.of(day, day));
        }
    }

    @Test
    void an_event_comes_from_acled_about_its_country_via_its_outlets_with_its_notes() {
        assertThat(ledger.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("acled");
            assertThat(s.kind()).isEqualTo(SourceKind.NGO);
        });
        assertThat(ledger.subjects()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Myanmar"));
        for (CSVRecord event : events) {
            Estimate estimate = imported.get("acled-" + event.get("event_id_cnty"));
            assertThat(estimate.via()).contains(event.get("source"));
            assertThat(estimate.note()).contains(event.get("notes"));
        }
        assertThat(events.stream().map(e -> e.get("notes"))).anyMatch(n -> n.contains("\n") && n.contains("\""));
    }
}
