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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UCDP GED 19.1 Myanmar file imports whole with the ucdp-ged preset (issue 15): all 377 events,
 * each event's low, best and high as Commons CSV reads them, the two events whose bounds contradict
 * each other widened to hold all three numbers with their best kept, and a notice naming each.
 */
class UcdpPresetTest {

    private static final String DATA = "ucdp-ged-19.1-myanmar-2015-2018.csv";

    @TempDir
    static Path dir;

    private static Path published;
    private static Ledger ledger;
    private static final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void importWithThePreset() throws IOException {
        published = dir.resolve(DATA);
        try (InputStream in = Objects.requireNonNull(UcdpPresetTest.class.getResourceAsStream(
                "/dev/tally/app/reliability/" + DATA))) {
            Files.copy(in, published);
        }
        LedgerFormat csv = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals("csv")).findFirst().orElseThrow();
        ledger = csv.reader().orElseThrow().readPlaced(published, Presets.find("ucdp-ged").orElseThrow().options(),
                notices::add).ledger();
    }

    @Test
    void every_event_imports_with_its_low_best_and_high_as_commons_csv_reads_them() throws IOException {
        List<CSVRecord> events = events();
        Map<String, List<Long>> expected = events.stream().collect(Collectors.toMap(r -> "ucdp-ged-" + r.get("id"),
                UcdpPresetTest::widened));

        assertThat(ledger.estimates()).hasSize(377);
        assertThat(ledger.estimates().stream().collect(Collectors.toMap(Estimate::id, e -> List.of(
                e.quantity().low(), e.quantity().best().orElseThrow(), e.quantity().high().orElseThrow()))))
                .isEqualTo(expected);
        assertThat(events.stream().filter(r -> !widened(r).equals(stated(r))).map(r -> r.get("id")))
                .containsExactly("210317", "224479");
    }

    @Test
    void each_repaired_event_is_named_in_a_notice_with_its_figures_as_stated() {
        assertThat(notices).containsExactly(
                DATA + ":91: the Low 2, Best 2 and High 1 contradict each other; read as 2 (1–2) (the mapping "
                        + "repairs such figures by widening them to hold all three)",
                DATA + ":256: the Low 1, Best 0 and High 3 contradict each other; read as 0 (0–3) (the mapping "
                        + "repairs such figures by widening them to hold all three)");
    }

    @Test
    void an_event_comes_from_ucdp_about_its_country_via_its_outlets_over_its_dates() throws IOException {
        CSVRecord first = events().get(0);
        Estimate estimate = ledger.estimates().stream().filter(e -> e.id().equals("ucdp-ged-" + first.get("id")))
                .findFirst().orElseThrow();

        assertThat(ledger.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("ucdp");
            assertThat(s.kind()).isEqualTo(SourceKind.ACADEMIC);
        });
        assertThat(ledger.subjects()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo(first.get("country")));
        assertThat(estimate.metric()).isEqualTo("killed");
        assertThat(estimate.via()).contains(first.get("source_office"));
        assertThat(estimate.citation().orElseThrow().title()).contains(first.get("source_headline"));
        assertThat(estimate.asOf().start()).hasToString(first.get("date_start"));
        assertThat(estimate.asOf().end()).hasToString(first.get("date_end"));
    }

    /** The event's low, best and high as the file states them. */
    private static List<Long> stated(CSVRecord r) {
        return List.of(Long.parseLong(r.get("low")), Long.parseLong(r.get("best")), Long.parseLong(r.get("high")));
    }

    /** The least and the greatest of the three around the best, as docs/mappings.md says the preset reads them. */
    private static List<Long> widened(CSVRecord r) {
        List<Long> stated = stated(r);
        return List.of(stated.stream().min(Long::compare).orElseThrow(), stated.get(1),
                stated.stream().max(Long::compare).orElseThrow());
    }

    private static List<CSVRecord> events() throws IOException {
        try (Reader in = Files.newBufferedReader(published, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
