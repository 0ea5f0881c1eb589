package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code modelarts.jar} (what {@code ./modelarts} starts) as a separate process,
 * as a user would: proves the shaded jar is complete and the demo exits 0 on a clean machine.
 */
class PackagedCliIT {
    private static final Path JAR = Path.of("..", "cli", System.getProperty("buildDirName", "target"), "modelarts.jar");

    static ChildProcess.Run run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the CLI jar is built by the cli module's package phase").exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return ChildProcess.of(command).run();
    }

    @Test
    void theDemoRunsFromThePackagedJarAndExitsZero() throws Exception {
        ChildProcess.Run run = run("demo");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("JOBSTAT_COMPLETED(10)").contains("Done: the demo ran as expected.");
    }

    @Test
    void aBrokenSpecExitsTwoWithEveryProblemAndNoStackTrace() throws Exception {
        ChildProcess.Run run = run("train", Path.of("..", "examples", "broken-v1.json").toString(),
                "--endpoint", "http://127.0.0.1:9", "--project-id", "p", "--access-key", "ak");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("is not valid").doesNotContain("\tat ");
    }

    @Test
    void theJarHoldsNoTestSupport() throws IOException {
        assertThat(JAR).as("the CLI jar is built by the cli module's package phase").exists();
        List<String> classes;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(JAR.toFile())) {
            classes = zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
        }

        assertThat(classes).contains("io/jenkins/plugins/modelarts/emulator/ModelArtsEmulator.class")
                .noneMatch(n -> n.startsWith("io/jenkins/plugins/modelarts/emulator/ModelArtsEmulatorExtension")
                        || n.startsWith("org/junit/") || n.startsWith("org/assertj/") || n.startsWith("mockwebserver3/")
                        || n.startsWith("com/tngtech/archunit/"));
    }

    @Test
    void versionAndHelpWork() throws Exception {
        assertThat(run("--version").output()).startsWith("modelarts ");
        assertThat(run("--help").exitCode()).isZero();
    }
}
