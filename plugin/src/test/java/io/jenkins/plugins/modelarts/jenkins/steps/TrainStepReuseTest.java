package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code modelartsTrain(reuse: …)}: the training cache through the Pipeline step. */
class TrainStepReuseTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.immediate(JobScript.FinalState.COMPLETED));
    }

    private long creates() {
        return h.emulator.journal().count("POST", ".*/training-jobs");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(TrainStep step) throws Exception {
        step.setWait(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        value.put("log", context.log());
        return value;
    }

    private static TrainStep reusing(Map<String, String> parameters, String reuse) {
        TrainStep step = TrainStepTest.train(parameters);
        step.setReuse(reuse);
        return step;
    }

    @Test
    void aRebuildWithAnUnchangedDefinitionCreatesNoSecondJob() throws Exception {
        Map<String, Object> first = run(reusing(Map.of("lr", "0.01"), "successful"));
        Map<String, Object> second = run(reusing(Map.of("lr", "0.01"), "24h"));

        assertThat(creates()).isEqualTo(1);
        assertThat(first).containsEntry("reused", false).containsEntry("state", "COMPLETED");
        assertThat(second).containsEntry("reused", true).containsEntry("state", "COMPLETED")
                .containsEntry("jobId", first.get("jobId")).containsEntry("versionId", first.get("versionId"));
        assertThat((String) second.get("log")).contains("Reused training job " + first.get("jobId"))
                .contains("no new job created").doesNotContain("Created ModelArts training job");
    }

    @Test
    void aChangedDefinitionCreatesANewJob() throws Exception {
        run(reusing(Map.of("lr", "0.01"), "successful"));
        Map<String, Object> changed = run(reusing(Map.of("lr", "0.02"), "successful"));

        assertThat(creates()).isEqualTo(2);
        assertThat(changed).containsEntry("reused", false);
    }

    @Test
    void withoutReuseEveryBuildTrains() throws Exception {
        run(TrainStepTest.train(Map.of("lr", "0.01")));
        run(reusing(Map.of("lr", "0.01"), "successful")); // the first job carries no fingerprint
        run(reusing(Map.of("lr", "0.01"), "never"));
        assertThat(creates()).isEqualTo(3);
    }

    @Test
    void aBadReuseValueIsReportedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> reusing(Map.of(), "forever").start(h.newContext()))
                .isInstanceOf(AbortException.class).hasMessageContaining("reuse 'forever' is not valid");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void aV2SpecIsReusedToo() throws Exception {
        String spec = """
                {"kind": "job", "metadata": {"name": "ignored"},
                 "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py",
                   "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                """;
        TrainStep first = new TrainStep();
        first.setSpec(spec);
        first.setReuse("successful");
        Map<String, Object> trained = run(first);
        TrainStep again = new TrainStep();
        again.setSpec(spec);
        again.setReuse("successful");
        Map<String, Object> reused = run(again);

        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isEqualTo(1);
        assertThat(reused).containsEntry("reused", true).containsEntry("jobId", trained.get("jobId"));
    }
}
