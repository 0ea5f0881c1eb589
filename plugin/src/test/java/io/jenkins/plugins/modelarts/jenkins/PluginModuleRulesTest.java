package io.jenkins.plugins.modelarts.jenkins;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The plugin's module rules from docs/ARCHITECTURE.md, checked on its main and test classes. */
class PluginModuleRulesTest {
    private static final String PLUGIN = "io.jenkins.plugins.modelarts.jenkins";
    private static final JavaClasses ALL = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).importPackages(PLUGIN);
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).withImportOption(DO_NOT_INCLUDE_TESTS).importPackages(PLUGIN);

    @Test
    void thePluginDoesNotDependOnTheCli() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.jenkins.plugins.modelarts.cli..", "picocli..")
                .because("the CLI and the plugin are two front ends side by side over core")
                .check(ALL);
    }

    @Test
    void thePluginUsesOnlyTheClientsPublicPackages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.client.internal..")
                .because("client.internal is not API")
                .check(ALL);
    }

    @Test
    void onlyTheConnectionPackageEmbedsTheEmulator() {
        noClasses()
                .that()
                .resideOutsideOfPackage(PLUGIN + ".connection")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.emulator..")
                .because("the plugin uses the emulator only for its global configuration's embedded emulator")
                .check(MAIN);
    }
}
