package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jenkinsfile's step call is bound as structs binds it: a misspelled name or a wrong type fails before anything is sent. */
class StepBindingTest {
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

    private JenkinsfileRunner runner(String jenkinsfile) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("Jenkinsfile"), jenkinsfile);
        return new JenkinsfileRunner(h, scripts, Files.createDirectories(dir.resolve("ws")));
    }

    @Test
    void aMisspelledParameterFailsNamingTheStepTheNameAndTheRealParameters() throws Exception {
        JenkinsfileRunner build = runner("modelartsTrain(specID: 1, engineId: 1, workerServerNum: 1)");

        assertThatThrownBy(() -> build.runExample("Jenkinsfile")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modelartsTrain: unknown parameter 'specID' of TrainStep")
                .hasMessageContaining("specId");
        assertThat(h.emulator.journal().size()).as("requests sent").isZero();
    }

    @Test
    void aValueOfTheWrongTypeFails() throws Exception {
        JenkinsfileRunner build = runner("modelartsWaitForJob(jobId: '1', timeout: '180')");

        assertThatThrownBy(() -> build.runExample("Jenkinsfile"))
                .hasMessageContaining("modelartsWaitForJob: parameter 'timeout' expects int, got String 180");
    }

    @Test
    void aMissingRequiredParameterFails() throws Exception {
        JenkinsfileRunner build = runner("modelartsGate(require: ['accuracy >= 0.9'])");

        assertThatThrownBy(() -> build.runExample("Jenkinsfile"))
                .hasMessageContaining("modelartsGate: missing required parameter 'jobId' of GateStep");
    }

    @Test
    void theBlockStepIsBoundTheSameWay() throws Exception {
        JenkinsfileRunner build = runner("withModelArts(credentialID: 'keys') { echo 'inside' }");

        assertThatThrownBy(() -> build.runExample("Jenkinsfile"))
                .hasMessageContaining("withModelArts: unknown parameter 'credentialID' of WithModelArtsStep");
        assertThat(build.console()).doesNotContain("inside");
    }

    @Test
    void anUnknownStepFails() throws Exception {
        JenkinsfileRunner build = runner("modelartsTrainJob(specId: 1)");

        assertThatThrownBy(() -> build.runExample("Jenkinsfile")).hasMessageContaining("modelartsTrainJob");
    }
}
