package dev.tally.core.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample ledger holds exactly the table "The sample ledger" of DESIGN.md, quoting the seed
 * article (a copy of {@code shared/seed/000_759d325a77cace8d.txt} in the test resources).
 */
class SampleLedgerTest {

    private static final Ledger SAMPLE = SampleLedger.load();

    /** One row of the design's table, with the subject it is about. */
    private record Row(String source, String subject, String metric, Quantity figure, String asOf, Basis basis,
                       Optional<String> note) {

        static Row of(Estimate estimate) {
            return new Row(estimate.source(), estimate.subject(), estimate.metric(), estimate.quantity(),
                    estimate.asOf().toText(), estimate.basis(), estimate.note());
        }

        @Override
        public String toString() {
            return source + " " + metric + " " + figure.toDisplayText() + " as of " + asOf;
        }
    }

    private static Row row(String source, String metric, Quantity figure, String asOf, String note) {
        return row(source, SampleLedger.FORCES, metric, figure, asOf, Basis.CUMULATIVE, note);
    }

    private static Row row(String source, String subject, String metric, Quantity figure, String asOf, Basis basis,
                           String note) {
        return new Row(source, subject, metric, figure, asOf, basis, Optional.ofNullable(note));
    }

    static Stream<Row> table() {
        return Stream.of(
                row("nis", "killed", Quantity.approximately(300), "2025-01", "January briefing"),
                row("nis", "wounded", Quantity.approximately(2700), "2025-01", "January briefing"),
                row("rok-military", "casualties", Quantity.approximately(4000), "2025-02",
                        "revises the January tally (NIS's ~300 killed and ~2,700 wounded)"),
                row("nis", "casualties", Quantity.approximately(4700), "2025-04",
                        "killed or injured; the briefing came days after North Korea confirmed the deployment"),
                row("nis", "killed", Quantity.exact(600), "2025-04", "cremated in Russia"),
                row("nis", SampleLedger.FORCES, "evacuated", Quantity.approximately(2000), "2025-01/2025-03",
                        Basis.INCREMENT, "wounded flown or sent home by train"),
                row("us-kr-ua-officials", "deployed", Quantity.range(10_000, 12_000), "2024", null),
                row("rok-military", SampleLedger.FORCES, "deployed", Quantity.exact(3000), "2025-01/2025-02",
                        Basis.INCREMENT, "a further contingent: counted within the period, not cumulative"),
                row("nis", SampleLedger.WORKERS, "laborers", Quantity.exact(15_000), "2025-04", Basis.CUMULATIVE,
                        "in Russia under industrial agreements"));
    }

    @Test
    void the_sample_holds_exactly_the_nine_estimates_of_the_design_table() {
        assertEquals(table().collect(Collectors.toSet()),
                SAMPLE.estimates().stream().map(Row::of).collect(Collectors.toSet()));
        assertEquals(9, SAMPLE.estimates().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void the_sample_holds_each_row_of_the_design_table(Row row) {
        assertTrue(SAMPLE.estimates().stream().map(Row::of).anyMatch(row::equals),
                () -> "missing " + row + "; the sample holds " + SAMPLE.estimates().stream().map(Row::of).toList());
    }

    @Test
    void the_sample_names_its_three_sources() {
        assertEquals(List.of(
                        Source.of("nis", "National Intelligence Service (South Korea)", SourceKind.INTELLIGENCE)
                                .withCountry("KR"),
                        Source.of("rok-military", "South Korean military", SourceKind.MILITARY).withCountry("KR"),
                        Source.of("us-kr-ua-officials", "US, South Korean and Ukrainian officials",
                                SourceKind.GOVERNMENT)),
                SAMPLE.sources());
    }

    @Test
    void the_military_tally_of_february_revises_the_january_killed_and_wounded_of_nis() {
        Estimate tally = only("rok-military", "casualties", "2025-02");

        assertEquals(List.of(only("nis", "killed", "2025-01").id(), only("nis", "wounded", "2025-01").id()),
                tally.revisedIds());
    }

    @Test
    void every_estimate_quotes_a_sentence_of_the_seed_article() {
        String article = seedArticle();
        Set<String> sentences = Arrays.stream(article.split("(?<=[.!?])\\s+|\\n\\s*\\n")).map(String::strip)
                .collect(Collectors.toSet());
        String title = article.lines().findFirst().orElseThrow().strip();

        assertAll(SAMPLE.estimates().stream().map(estimate -> () -> {
            Citation citation = estimate.citation().orElseThrow(() -> new AssertionError(estimate.id() + " cites nothing"));
            String quote = citation.quote().orElseThrow(() -> new AssertionError(estimate.id() + " quotes nothing"));
            assertTrue(sentences.contains(quote), estimate.id() + " quotes words that are not a sentence of the "
                    + "article: " + quote);
            assertEquals(Optional.of(title), citation.title(), estimate.id() + " cites the article's title");
        }));
    }

    @Test
    void load_returns_the_same_ledger_every_time() {
        assertSame(SampleLedger.load(), SampleLedger.load());
    }

    private static Estimate only(String source, String metric, String asOf) {
        List<Estimate> found = SAMPLE.estimates().stream()
                .filter(e -> e.source().equals(source) && e.metric().equals(metric)
                        && e.asOf().equals(Period.parse(asOf)))
                .toList();
        assertEquals(1, found.size(), () -> source + " " + metric + " " + asOf + ": " + found);
        return found.get(0);
    }

    private static String seedArticle() {
        try (InputStream input = SampleLedgerTest.class.getResourceAsStream("seed-article.txt")) {
            assertNotNull(input, "the copy of the seed article in the test resources");
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
