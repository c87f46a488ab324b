package dev.tally.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.app.render.Figures;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as written, read without a browser: its data against core's analysis, its size, its escapes. */
class ReportWriterTest {

    /** The budget of a 10,000-estimate page: the charting library plus about 1.2 KB an estimate. */
    static final int BUDGET_10_000 = 14_000_000;

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"tally-data\">(.*?)</script>", Pattern.DOTALL);

    static String page(Ledger ledger, ReportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(scope).write(ledger, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode data(String page) throws IOException {
        Matcher m = DATA.matcher(page);
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void the_sample_page_is_under_two_megabytes() throws IOException {
        assertThat(page(SampleLedger.load(), ReportScope.everything("sample")).getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(2_000_000);
    }

    @Test
    void a_page_of_10000_estimates_stays_within_its_budget() throws IOException {
        String page = page(ReportLedgers.manySubjects(10_000), ReportScope.everything("10,000 estimates"));
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(BUDGET_10_000);
        assertThat(data(page).get("charts")).hasSize(20 * 4);
    }

    @Test
    void every_figure_is_known_from_the_first_date_core_knows_it_and_possibly_known_before() throws IOException {
        Ledger ledger = SampleLedger.load();
        for (JsonNode chart : data(page(ledger, ReportScope.everything("sample"))).get("charts")) {
            for (JsonNode figure : chart.get("figures")) {
                if (figure.get("derived").asBoolean()) {
                    continue;
                }
                Estimate e = ledger.estimate(figure.get("id").asText()).orElseThrow();
                LocalDate known = LocalDate.parse(figure.get("knownFrom").asText());
                assertThat(Knowledge.at(ledger, known).isKnown(e)).as(e.id()).isTrue();
                assertThat(Knowledge.at(ledger, known.minusDays(1)).isKnown(e)).as(e.id()).isFalse();
                assertThat(Knowledge.at(ledger, LocalDate.parse(figure.get("possiblyFrom").asText())).isPossiblyKnown(e))
                        .as(e.id()).isTrue();
            }
        }
    }

    @Test
    void each_reconciled_state_is_cores_reconciliation_at_every_date_it_holds() throws IOException {
        Ledger ledger = ReportLedgers.manySubjects(1_000);
        for (JsonNode chart : data(page(ledger, ReportScope.everything("1,000"))).get("charts")) {
            String[] key = chart.get("key").asText().split("/");
            for (JsonNode date : chart.get("dates")) {
                LocalDate day = LocalDate.parse(date.asText());
                Optional<Reconciliation> core = Reconciliation.of(Knowledge.at(ledger, day), key[0], key[1]);
                JsonNode state = null;
                for (JsonNode s : chart.get("states")) {
                    if (!LocalDate.parse(s.get("from").asText()).isAfter(day)) {
                        state = s;
                    }
                }
                String page = state == null || !state.has("best") ? "none" : state.get("best").asText()
                        + " " + state.get("low").asText() + " " + state.get("high").asText();
                String expected = core.map(r -> Figures.count(r.best(), "—") + " " + Figures.count(r.low()) + " "
                        + Figures.count(r.high(), "unbounded")).orElse("none");
                assertThat(page).as(chart.get("key").asText() + " at " + day).isEqualTo(expected);
            }
        }
    }

    @Test
    void no_text_of_the_ledger_closes_a_script_element_or_opens_a_comment() throws IOException {
        Ledger ledger = SampleLedger.load();
        Estimate first = ledger.estimates().get(0);
        Ledger hostile = ledger.with(first.toBuilder().id("hostile")
                .note("</script><script>alert(1)</script><!-- & -->").build());
        String page = page(hostile, ReportScope.everything("</script><b>title</b>"));
        assertThat(page.split("</script>", -1)).hasSize(4);
        assertThat(page).doesNotContain("<!--").doesNotContain("<b>title</b>");
        assertThat(data(page).toString()).contains("</script><script>alert(1)</script><!-- & -->");
    }

    @Test
    void as_known_at_leaves_out_what_was_reported_after_the_date_and_opens_there() throws IOException {
        String page = page(SampleLedger.load(), new ReportScope("sample", Optional.of(LocalDate.parse("2025-02-28")),
                Optional.empty(), Optional.empty()));
        JsonNode data = data(page);
        assertThat(data.get("asKnownAt").asText()).isEqualTo("2025-02-28");
        assertThat(page).doesNotContain("data-figure=\"nis-2025-04-casualties\"").contains("data-figure=\"rok-military-2025-02-casualties\"");
    }

    @Test
    void a_subject_and_a_metric_narrow_the_page_to_one_chart() throws IOException {
        JsonNode data = data(page(SampleLedger.load(), new ReportScope("sample", Optional.empty(),
                Optional.of("dprk-forces-russia"), Optional.of("casualties"))));
        assertThat(data.get("charts")).hasSize(1);
        assertThat(data.get("charts").get(0).get("key").asText()).isEqualTo("dprk-forces-russia/casualties");
    }
}
