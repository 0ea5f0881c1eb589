package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.EmbeddedEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded emulator with a folder of replay fixtures: a Jenkinsfile's steps rehearse on a recorded job. */
class ReplayFixturesStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A job recorded with accuracy 0.7712 after 2 s (the replay takes the recorded time). */
    private static final String FIXTURE = "{\"modelarts_fixture\":1,\"api\":\"v1\",\"job_name\":\"resnet-recorded\","
            + "\"final_state\":\"completed\",\"run_duration_ms\":1500,\"queued_ms\":500,"
            + "\"model_metric_list\":{\"metric\":[{\"metric_values\":{\"accuracy\":0.75},\"metric_meta\":{\"class_name\":\"cat\","
            + "\"class_id\":0}}],\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.7712,\"f1_score\":0.7}}},"
            + "\"log\":{\"lines\":[\"recorded line 1\",\"recorded line 2\"]}}";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void modelartsTrainAndTheGateSeeTheRecordedMetrics() throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures"));
        Files.writeString(fixtures.resolve("resnet.json"), FIXTURE);
        Files.writeString(fixtures.resolve("README.txt"), "not a fixture: only *.json files are read");
        EmbeddedEmulator embedded = new EmbeddedEmulator(fixtures);
        try (StepHarness h = new StepHarness(Files.createDirectories(dir.resolve("jenkins")), embedded.get())) {
            FakeRun run = h.newRun();
            TrainStep train = TrainStepTest.train(Map.of());
            train.setWait(true);
            FakeStepContext context = new FakeStepContext(run);
            train.start(context).start();

            Map<String, Object> job = (Map<String, Object>) context.await(WAIT);

            assertThat(job).containsEntry("state", "COMPLETED").containsEntry("jobName", "resnet-1");
            assertThat((Map<String, Object>) job.get("metrics")).containsEntry("accuracy", 0.7712).containsEntry("f1_score", 0.7);
            assertThat(context.log()).contains("recorded line 2");
            GateStep gate = new GateStep((String) job.get("jobId"));
            gate.setVersionId((Long) job.get("versionId"));
            gate.setRequire(List.of("accuracy >= 0.8"));
            FakeStepContext gated = new FakeStepContext(run);
            gate.start(gated).start();
            assertThat(gated.awaitFailure(WAIT)).isInstanceOf(AbortException.class).hasMessageContaining("0.7712");
        } finally {
            embedded.close();
        }
    }

    @Test
    void aBadFixtureStopsTheEmulatorFromStartingAndNamesTheFile() throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(fixtures.resolve("old.json"), "{\"modelarts_fixture\": 0}");
        EmbeddedEmulator embedded = new EmbeddedEmulator(fixtures);

        assertThatThrownBy(embedded::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old.json")
                .hasMessageContaining("format version 0");
        assertThatThrownBy(() -> new EmbeddedEmulator(dir.resolve("absent")).get()).hasMessageContaining(EmbeddedEmulator.FIXTURES_PROPERTY);
    }
}
