package io.jenkins.plugins.modelarts.emulator;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The emulator's module rule from docs/ARCHITECTURE.md, checked on its main and test classes. */
class EmulatorModuleRulesTest {
    private static final JavaClasses EMULATOR =
            new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).importPackages("io.jenkins.plugins.modelarts.emulator");

    @Test
    void theEmulatorDependsOnNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.jenkins.plugins.modelarts.client..",
                        "io.jenkins.plugins.modelarts.core..",
                        "io.jenkins.plugins.modelarts.cli..",
                        "io.jenkins.plugins.modelarts.jenkins..")
                .because("the emulator depends on neither the client nor core, so it cannot share their bugs")
                .check(EMULATOR);
    }

    @Test
    void theEmulatorKnowsNeitherJenkinsNorPicocli() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..", "picocli..")
                .because("the CLI and the plugin embed the emulator, not the other way round")
                .check(EMULATOR);
    }
}
