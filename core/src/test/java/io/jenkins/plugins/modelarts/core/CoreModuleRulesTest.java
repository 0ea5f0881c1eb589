package io.jenkins.plugins.modelarts.core;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Core's module rules from docs/ARCHITECTURE.md, checked on its main and test classes. */
class CoreModuleRulesTest {
    private static final String CORE = "io.jenkins.plugins.modelarts.core";
    private static final JavaClasses ALL = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).importPackages(CORE);
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).withImportOption(DO_NOT_INCLUDE_TESTS).importPackages(CORE);

    @Test
    void coreKnowsNeitherJenkinsNorPicocli() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..", "picocli..")
                .because("core is the Jenkins-free engine both front ends share")
                .check(ALL);
    }

    @Test
    void coreDependsOnNoFrontEnd() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.jenkins.plugins.modelarts.cli..", "io.jenkins.plugins.modelarts.jenkins..")
                .because("dependencies point one way: cli → core and plugin → core")
                .check(ALL);
    }

    @Test
    void onlyCoresTestsUseTheEmulator() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.emulator..")
                .because("only tests (and the front ends' embedded emulators) depend on the emulator")
                .check(MAIN);
    }

    @Test
    void coreUsesOnlyTheClientsPublicPackages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.client.internal..")
                .because("client.internal is not API")
                .check(ALL);
    }
}
