package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tally.core.model.Estimates;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Ledgers;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.sample.SampleLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static List<Finding> check(Estimates... estimates) {
        return check(Checks.standard(), estimates);
    }

    private static List<Finding> check(Checks checks, Estimates... estimates) {
        Ledgers ledger = aLedger();
        Stream.of(estimates).forEach(ledger::with);
        return checks.run(Knowledge.ofAll(ledger.build()));
    }

    /** Asserts that the findings are one, of the rule and severity, naming the estimates in order. */
    private static Finding theOnly(List<Finding> findings, String rule, Severity severity, String... estimates) {
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.rule()).isEqualTo(rule);
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.estimates()).containsExactly(estimates);
        return finding;
    }

    @Test
    void the_sample_ledger_has_no_findings_at_any_date() {
        Ledger sample = SampleLedger.load();

        assertThat(Checks.standard().run(Knowledge.ofAll(sample))).isEmpty();
        assertThat(Checks.standard().run(Knowledge.at(sample, LocalDate.parse("2025-02-15")))).isEmpty();
    }

    @Test
    void killed_above_casualties_of_the_same_source_and_period_is_one_error_naming_both() {
        List<Finding> findings = check(anEstimate().id("killed").of("killed").value("5,000"),
                anEstimate().id("casualties").of("casualties").value("~4,700"));

        Finding finding = theOnly(findings, "part-exceeds-whole", Severity.ERROR, "killed", "casualties");

        assertThat(finding.message()).contains("killed", "casualties", "5,000", "~4,700");
    }

    @Test
    void a_part_of_another_source_or_period_is_no_error() {
        assertThat(check(anEstimate().id("killed").of("killed").value("5,000"),
                anEstimate().id("casualties").by("rok-military").of("casualties").value("~4,700"),
                anEstimate().id("later").of("casualties").value("4,000").asOf("2025-05"))).isEmpty();
    }

    @Test
    void parts_adding_up_above_the_whole_are_an_error_naming_all() {
        List<Finding> findings = check(anEstimate().id("killed").of("killed").value("3,000"),
                anEstimate().id("wounded").of("wounded").value("2,000-2,500"),
                anEstimate().id("casualties").of("casualties").value("4,700"));

        Finding finding = theOnly(findings, "parts-exceed-whole", Severity.ERROR, "killed", "wounded", "casualties");

        assertThat(finding.message()).contains("5,000");
    }

    @Test
    void parts_within_the_whole_or_an_unbounded_whole_are_no_error() {
        assertThat(check(anEstimate().id("killed").of("killed").value("600"),
                anEstimate().id("wounded").of("wounded").value("4,100"),
                anEstimate().id("casualties").of("casualties").value("4,700"))).isEmpty();
        assertThat(check(anEstimate().id("killed").of("killed").value("6,000"),
                anEstimate().id("casualties").of("casualties").value("at least 4,700"))).isEmpty();
    }

    @Test
    void casualties_above_every_deployed_figure_exceed_the_bound() {
        List<Finding> findings = check(anEstimate().id("deployed").of("deployed").value("10,000-12,000").asOf("2024"),
                anEstimate().id("more").by("rok-military").of("deployed").value("3,000").asOf("2025-01").increment(),
                anEstimate().id("casualties").of("casualties").value("16,000").asOf("2025-04"));

        Finding finding = theOnly(findings, "exceeds-bound", Severity.ERROR, "casualties", "deployed", "more");

        assertThat(finding.message()).contains("15,000");
    }

    @Test
    void casualties_within_the_deployed_total_or_before_any_deployment_figure_are_no_error() {
        assertThat(check(anEstimate().id("deployed").of("deployed").value("10,000-12,000").asOf("2024"),
                anEstimate().id("more").by("rok-military").of("deployed").value("3,000").asOf("2025-01").increment(),
                anEstimate().id("casualties").of("casualties").value("14,000").asOf("2025-04"))).isEmpty();
        assertThat(check(anEstimate().id("deployed").of("deployed").value("100").asOf("2025-06"),
                anEstimate().id("casualties").of("casualties").value("14,000").asOf("2025-04"))).isEmpty();
    }

    @Test
    void a_deployment_with_no_upper_bound_bounds_nothing_and_breaks_nothing() {
        assertThat(check(anEstimate().id("deployed").of("deployed").value("at least 10,000").asOf("2024"),
                anEstimate().id("more").by("rok-military").of("deployed").value("3,000").asOf("2025-01").increment(),
                anEstimate().id("casualties").of("casualties").value("160,000").asOf("2025-04"))).isEmpty();
    }

    @Test
    void a_cumulative_series_that_falls_without_a_correction_is_a_warning() {
        List<Finding> findings = check(anEstimate().id("january").value("600").asOf("2025-01"),
                anEstimate().id("april").value("300").asOf("2025-04").revising("january"));

        theOnly(findings, "cumulative-falls", Severity.WARNING, "april", "january");
    }

    @Test
    void a_fall_that_corrects_the_earlier_figure_is_no_warning() {
        assertThat(check(anEstimate().id("january").value("600").asOf("2025-01"),
                anEstimate().id("april").value("300").asOf("2025-04").revising(RevisionKind.CORRECTION, "january")))
                .isEmpty();
        assertThat(check(anEstimate().id("january").value("600").asOf("2025-01"),
                anEstimate().id("april").value("300").asOf("2025-04").revising(RevisionKind.RETRACTION, "january")))
                .isEmpty();
    }

    @Test
    void increments_and_other_sources_never_fall() {
        assertThat(check(anEstimate().id("january").of("deployed").value("600").asOf("2025-01").increment(),
                anEstimate().id("april").of("deployed").value("300").asOf("2025-04").increment(),
                anEstimate().id("military").by("rok-military").value("100").asOf("2025-05"))).isEmpty();
    }

    @Test
    void a_figure_reported_before_its_period_began_is_a_warning() {
        theOnly(check(anEstimate().id("early").value("600").asOf("2025-04").reported("2025-03")),
                "reported-before-period", Severity.WARNING, "early");
        assertThat(check(anEstimate().id("during").value("600").asOf("2025-04").reported("2025-04-02"))).isEmpty();
    }

    @Test
    void a_range_wider_than_three_times_its_low_is_a_warning_by_default() {
        assertThat(Checks.standard().widestRange()).isEqualTo(3.0);
        theOnly(check(anEstimate().id("wide").value("100-301")), "wide-range", Severity.WARNING, "wide");
        assertThat(check(anEstimate().id("just").value("100-300"))).isEmpty();
        assertThat(check(anEstimate().id("from-zero").value("0-5"))).extracting(Finding::rule)
                .containsExactly("wide-range");
    }

    @Test
    void the_widest_range_can_be_set() {
        Checks lenient = Checks.standard().withWidestRange(10);

        assertThat(check(lenient, anEstimate().id("wide").value("100-1,000"))).isEmpty();
        assertThat(check(lenient, anEstimate().id("wider").value("100-1,001"))).extracting(Finding::rule)
                .containsExactly("wide-range");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.standard().withWidestRange(0.5))
                .withMessageContaining("0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.standard().withWidestRange(Double.NaN));
    }

    @Test
    void findings_of_one_rule_and_first_estimate_are_in_the_order_of_their_other_estimates() {
        List<Finding> findings = check(anEstimate().id("killed").of("killed").value("5,000"),
                anEstimate().id("whole-b").of("casualties").value("4,000").reported("2025-04"),
                anEstimate().id("whole-a").of("casualties").value("4,100").reported("2025-05"));

        assertThat(findings).extracting(Finding::estimates).containsExactly(List.of("killed", "whole-a"),
                List.of("killed", "whole-b"));
    }

    @Test
    void errors_come_before_warnings() {
        List<Finding> findings = check(anEstimate().id("a-wide").of("casualties").value("1-100"),
                anEstimate().id("z-killed").of("killed").value("5,000"));

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void only_figures_known_at_the_date_are_checked() {
        Ledger ledger = aLedger().with(anEstimate().id("killed").of("killed").value("5,000").reported("2025-05"))
                .with(anEstimate().id("casualties").of("casualties").value("4,700")).build();

        assertThat(Checks.standard().run(Knowledge.at(ledger, LocalDate.parse("2025-05-30")))).isEmpty();
        assertThat(Checks.standard().run(Knowledge.at(ledger, LocalDate.parse("2025-05-31")))).hasSize(1);
    }
}
