package dev.tally.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture rules of DESIGN.md, for a code base rooted at a package. {@link ArchitectureTest}
 * applies them to {@code dev.tally}; {@link ArchitectureRulesCanFailTest} applies the same rules to
 * deliberately broken fixtures under {@code dev.tally.archfixture} and checks what they report.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** Rule 1: the core depends on nothing outside {@code java..} and itself. */
    ArchRule coreDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(root + ".core..")
                .should().onlyDependOnClassesThat(jdkOr(root + ".core.."))
                .as("the core depends only on the JDK and itself");
    }

    /** Rule 2a: the app and the adapters use the core; nothing uses the app or an adapter. */
    ArchRule adaptersArePlugins() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Core").definedBy(root + ".core..")
                .layer("Adapters").definedBy(root + ".adapters..")
                .layer("App").definedBy(root + ".app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Adapters", "App")
                .as("adapters are plugins: they use the core, and no other layer uses them");
    }

    /** Rule 2b: an adapter never uses another adapter, whichever adapters there are. */
    ArchRule adaptersAreIndependent() {
        return slices().matching(root + ".adapters.(*)..").namingSlices("$1 adapter")
                .should().notDependOnEachOther()
                .as("no adapter uses another adapter");
    }

    /** Rule 3a: only the app uses Guice. */
    ArchRule onlyTheAppUsesGuice() {
        return noClasses().that().resideOutsideOfPackage(root + ".app..").and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                        "javax.inject..")
                .as("only the app uses Guice");
    }

    /** Rule 3b: only the app prints to the console. */
    ArchRule onlyTheAppUsesTheStandardStreams() {
        return noClasses().that().resideOutsideOfPackage(root + ".app..").and().resideInAPackage(root + "..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .as("only the app uses the standard streams");
    }

    /** Rule 4: no package cycles anywhere. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("no package takes part in a cycle");
    }

    /**
     * Rule 5: domain values are immutable: final classes (records, enums) with final fields; builders
     * and iterators (a cursor over an immutable list) excepted.
     */
    ArchRule domainValuesAreImmutable() {
        return fields().that().areDeclaredInClassesThat().resideInAnyPackage(root + ".core.model..", root + ".core.spi..")
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
                .and().areDeclaredInClassesThat().doNotImplement(java.util.Iterator.class)
                .and().areNotStatic()
                .should().beFinal()
                .as("domain values are immutable: their fields are final");
    }

    /** No class throws {@code Exception}, {@code RuntimeException} or {@code Throwable} itself. */
    ArchRule noGenericExceptions() {
        return noClasses().that().resideInAPackage(root + "..")
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .as("no class throws generic exceptions");
    }

    private static DescribedPredicate<JavaClass> jdkOr(String own) {
        return JavaClass.Predicates.resideInAnyPackage("java..", own)
                .or(DescribedPredicate.describe("a primitive or an array", c -> c.isPrimitive() || c.isArray()));
    }
}
