package io.jenkins.plugins.modelarts.cli;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The CLI's module rules from docs/ARCHITECTURE.md, checked on its main and test classes. */
class CliModuleRulesTest {
    private static final String CLI = "io.jenkins.plugins.modelarts.cli";
    private static final JavaClasses ALL = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).importPackages(CLI);
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).withImportOption(DO_NOT_INCLUDE_TESTS).importPackages(CLI);

    @Test
    void theCliDoesNotDependOnThePlugin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.jenkins.plugins.modelarts.jenkins..", "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..")
                .because("the CLI and the plugin are two front ends side by side over core")
                .check(ALL);
    }

    @Test
    void theCliUsesOnlyTheClientsPublicPackages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.client.internal..")
                .because("client.internal is not API")
                .check(ALL);
    }

    @Test
    void onlyTheEmulatorAndDemoCommandsEmbedTheEmulator() {
        noClasses()
                .that()
                .haveNameNotMatching(".*\\.(EmulatorCommand|DemoCommand)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.emulator..")
                .because("the emulator and demo commands are the CLI's only uses of the emulator")
                .check(MAIN);
    }
}
