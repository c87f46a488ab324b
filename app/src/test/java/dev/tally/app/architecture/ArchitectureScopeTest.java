package dev.tally.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classes {@link ArchitectureTest} analyses include every module: a rule cannot pass by not seeing one. */
class ArchitectureScopeTest {

    private static final JavaClasses ANALYSED = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(new DoNotIncludeTestJars())
            .importPackages("dev.tally");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev.tally.core.model.Ledger", "dev.tally.core.table.TableImport",
            "dev.tally.adapters.json.JsonFormat", "dev.tally.adapters.excel.XlsxFormat",
            "dev.tally.adapters.csv.CsvFormat", "dev.tally.app.Main"})
    void the_analysed_classes_include_each_module(String className) {
        assertThat(ANALYSED.contain(className)).as(className + " is analysed").isTrue();
    }
}
