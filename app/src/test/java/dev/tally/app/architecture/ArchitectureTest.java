package dev.tally.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of DESIGN.md, applied to every production class of every module. */
@AnalyzeClasses(packages = "dev.tally",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("dev.tally");

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk = RULES.coreDependsOnlyOnTheJdk();

    @ArchTest
    static final ArchRule adapters_are_plugins = RULES.adaptersArePlugins();

    @ArchTest
    static final ArchRule adapters_are_independent = RULES.adaptersAreIndependent();

    @ArchTest
    static final ArchRule only_the_app_uses_guice = RULES.onlyTheAppUsesGuice();

    @ArchTest
    static final ArchRule only_the_app_uses_the_standard_streams = RULES.onlyTheAppUsesTheStandardStreams();

    @ArchTest
    static final ArchRule no_package_cycles = RULES.noPackageCycles();

    @ArchTest
    static final ArchRule domain_values_are_immutable = RULES.domainValuesAreImmutable();

    @ArchTest
    static final ArchRule no_generic_exceptions = RULES.noGenericExceptions();
}
