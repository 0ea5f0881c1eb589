package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Result;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jenkinsfiles under {@code examples/}, run as builds of one job against the emulator: every ModelArts step
 * call bound by its real step class and run by its real execution; a second build gates against the first.
 */
class ExampleJenkinsfilesTest {
    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path dir;

    private StepHarness h;

    @BeforeEach
    void start() {
        h = new StepHarness(dir);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private JenkinsfileRunner build() throws Exception {
        Path workspace = Files.createTempDirectory(dir, "workspace");
        return new JenkinsfileRunner(h, EXAMPLES, workspace);
    }

    private void jobsReach(String accuracy) {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).steeredBy(Map.of(JobScript.ACCURACY, accuracy)));
    }

    @Test
    void declarativeJenkinsfileTrainsGatesAndPublishesTheReleaseWithTheBlocksVariablesMasked() throws Exception {
        jobsReach("0.95");
        JenkinsfileRunner build = build();

        build.runExample("Jenkinsfile");

        assertThat(build.result()).isEqualTo(Result.SUCCESS);
        assertThat(build.stepsCalled()).containsExactly("modelartsTrain", "modelartsGate", "withModelArts");
        String console = build.console();
        assertThat(console).contains("Released ModelArts job 1 V0001").doesNotContain("Not released")
                .doesNotContain(h.emulator.secretKey()).doesNotContain(h.emulator.accessKey());
        assertThat(build.shell.commands()).containsExactly(List.of("job", "1", "--job-version", "1", "--output", "json"));
        assertThat(build.shell.environments().get(0)).containsEntry(ConnectionVariables.ENDPOINT, h.emulator.baseUrl())
                .containsEntry(ConnectionVariables.SECRET_KEY, h.emulator.secretKey());
        assertThat(build.shell.archived()).containsExactly("release-1.json");
    }

    @Test
    void declarativeJenkinsfileStopsAtTheGateWhenTheModelRegressedAndRunsThePostFailureSection() throws Exception {
        jobsReach("0.95");
        build().runExample("Jenkinsfile");
        jobsReach("0.91");
        JenkinsfileRunner second = build();

        assertThatThrownBy(() -> second.runExample("Jenkinsfile")).hasMessageContaining("accuracy");

        assertThat(second.result()).isEqualTo(Result.FAILURE);
        assertThat(second.stepsCalled()).containsExactly("modelartsTrain", "modelartsGate", "modelartsLogs");
        assertThat(second.console()).contains("Not released").doesNotContain("Released ModelArts job")
                .containsPattern("Last 5 lines of \\S+:\n(.+\n){4}.*training finished");
        assertThat(second.shell.commands()).isEmpty();
    }

    @Test
    void scriptedJenkinsfileRunsEveryStepInOneConnectionBlockAndListsTheVersions() throws Exception {
        jobsReach("0.95");
        JenkinsfileRunner build = build();

        build.runExample("scripted.Jenkinsfile");

        assertThat(build.result()).isEqualTo(Result.SUCCESS);
        assertThat(build.stepsCalled()).containsExactly("withModelArts", "modelartsTrain", "modelartsWaitForJob", "modelartsGate");
        assertThat(build.shell.commands()).containsExactly(List.of("versions", "1"));
        assertThat(build.console()).contains("Created ModelArts job 1 version 1").contains("Gate: PASS")
                .contains("V0001").doesNotContain(h.emulator.secretKey());
    }

    @Test
    void scriptedJenkinsfileReleasesNothingWhenTheJobFails() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).endingIn(JobScript.FinalState.FAILED));
        JenkinsfileRunner build = build();

        build.runExample("scripted.Jenkinsfile");

        assertThat(build.result()).isEqualTo(Result.UNSTABLE);
        assertThat(build.stepsCalled()).containsExactly("withModelArts", "modelartsTrain", "modelartsWaitForJob");
        assertThat(build.console()).contains("The job ended FAILED: nothing to release");
        assertThat(build.shell.commands()).isEmpty();
    }

    @Test
    void sweepTrainsEveryConfigurationInParallelBranchesAndReleasesTheMostAccurate() throws Exception {
        sweepAccuracies(1, "0.85", "0.93", "0.88");
        JenkinsfileRunner build = build();

        build.runExample("sweep.Jenkinsfile");

        assertThat(build.result()).isEqualTo(Result.SUCCESS);
        assertThat(build.stepsCalled()).containsExactly("modelartsTrain", "modelartsTrain", "modelartsTrain", "modelartsGate");
        assertThat(build.console()).contains("Best: sweep-1-1 (job 2) accuracy 0.93").contains("Released sweep-1-1");
    }

    @Test
    void sweepRefusesABestConfigurationWorseThanTheLastReleasedOne() throws Exception {
        sweepAccuracies(1, "0.85", "0.93", "0.88");
        build().runExample("sweep.Jenkinsfile");
        sweepAccuracies(2, "0.90", "0.91", "0.89");
        JenkinsfileRunner second = build();

        assertThatThrownBy(() -> second.runExample("sweep.Jenkinsfile")).hasMessageContaining("accuracy");

        assertThat(second.result()).isEqualTo(Result.FAILURE);
        assertThat(second.console()).contains("Best: sweep-2-1").doesNotContain("Released sweep-2-1");
    }

    private void sweepAccuracies(int build, String... accuracies) {
        for (int i = 0; i < accuracies.length; i++) {
            h.emulator.scriptFor("sweep-" + build + "-" + i, JobScript.afterStatusReads(1)
                    .steeredBy(Map.of(JobScript.ACCURACY, accuracies[i])));
        }
    }
}
