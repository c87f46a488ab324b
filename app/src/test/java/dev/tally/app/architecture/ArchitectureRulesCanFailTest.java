package dev.tally.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule, run on the deliberately broken fixtures under {@code dev.tally.archfixture},
 * reports exactly the violation planted there: proof that the rule can fail.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURES = "dev.tally.archfixture";
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURES);
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURES);

    static Stream<Arguments> rules_and_their_planted_violations() {
        return Stream.of(
                rule("core_depends_only_on_the_jdk", ArchitectureRules::coreDependsOnlyOnTheJdk,
                        "dev.tally.archfixture.core.CoreUsingJackson", "com.fasterxml.jackson.core.JsonFactory"),
                rule("adapters_are_plugins", ArchitectureRules::adaptersArePlugins,
                        "dev.tally.archfixture.core.CoreUsingAnAdapter", "dev.tally.archfixture.adapters.excel.ExcelHelper"),
                rule("adapters_are_independent", ArchitectureRules::adaptersAreIndependent,
                        "dev.tally.archfixture.adapters.json.JsonAdapterUsingExcel",
                        "dev.tally.archfixture.adapters.excel.ExcelHelper"),
                rule("adapters_are_independent_of_a_new_adapter", ArchitectureRules::adaptersAreIndependent,
                        "dev.tally.archfixture.adapters.csv.CsvAdapterUsingJson",
                        "dev.tally.archfixture.adapters.json.JsonAdapterUsingExcel"),
                rule("only_the_app_uses_guice", ArchitectureRules::onlyTheAppUsesGuice,
                        "dev.tally.archfixture.core.CoreUsingGuice", "com.google.inject.Injector"),
                rule("only_the_app_uses_the_standard_streams", ArchitectureRules::onlyTheAppUsesTheStandardStreams,
                        "dev.tally.archfixture.core.CorePrinting", "java.lang.System.out"),
                rule("no_package_cycles", ArchitectureRules::noPackageCycles,
                        "dev.tally.archfixture.cycle.a.CycleA", "dev.tally.archfixture.cycle.b.CycleB"),
                rule("domain_values_are_immutable", ArchitectureRules::domainValuesAreImmutable,
                        "dev.tally.archfixture.core.model.MutableValue.count", "does not have modifier FINAL"),
                rule("no_generic_exceptions", ArchitectureRules::noGenericExceptions,
                        "dev.tally.archfixture.core.CoreThrowingGenerically", "java.lang.RuntimeException"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_and_their_planted_violations")
    void each_rule_reports_the_violation_planted_in_its_fixture(String name, Function<ArchitectureRules, ArchRule> rule,
                                                                List<String> expectedFragments) {
        EvaluationResult result = rule.apply(RULES).evaluate(BROKEN);

        assertThat(result.hasViolation()).as(name + " finds a violation").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as(name + " names the planted violation")
                .anySatisfy(detail -> assertThat(detail).contains(expectedFragments));
    }

    private static Arguments rule(String name, Function<ArchitectureRules, ArchRule> rule, String... fragments) {
        return Arguments.of(name, rule, List.of(fragments));
    }
}
