package io.jenkins.plugins.modelarts.client;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The client's module rules from docs/ARCHITECTURE.md, checked on its main and test classes. */
class ClientModuleRulesTest {
    private static final JavaClasses CLIENT = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS).importPackages("io.jenkins.plugins.modelarts.client");

    @Test
    void theClientDependsOnNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.jenkins.plugins.modelarts.core..",
                        "io.jenkins.plugins.modelarts.cli..",
                        "io.jenkins.plugins.modelarts.jenkins..",
                        "io.jenkins.plugins.modelarts.emulator..")
                .because("dependencies point one way (cli and plugin → core → client) and the emulator stays apart")
                .check(CLIENT);
    }

    @Test
    void theClientKnowsNeitherJenkinsNorPicocli() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..", "picocli..")
                .because("the client is a plain ModelArts REST client")
                .check(CLIENT);
    }

    @Test
    void theTransportSeamAndTheJsonConfigurationDoNotLeanOnTheInternalPackage() {
        noClasses()
                .that()
                .resideInAnyPackage("io.jenkins.plugins.modelarts.client.transport..", "io.jenkins.plugins.modelarts.client.json..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.modelarts.client.internal..")
                .because("other modules use these public packages, and client.internal is not API")
                .check(CLIENT);
    }
}
