package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsTrain's pre-flight: on for a dry run (its checks in the value), opt-in before a create, which it refuses on anything missing. */
class TrainStepPreflightTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    /** What {@link TrainStepTest#train} points to: /bucket/src/train.py and something under /bucket/data/. */
    static void putObjects(ModelArtsEmulator emulator) {
        emulator.obs().put("bucket", "src/train.py", "print(1)".getBytes(StandardCharsets.UTF_8))
                .put("bucket", "data/part-0.csv", "a,b".getBytes(StandardCharsets.UTF_8));
    }

    private long creates() {
        return h.emulator.journal().count("POST", ".*/training-jobs");
    }

    private long obsReads() {
        return h.emulator.journal().entries().stream().filter(e -> e.path().startsWith("/bucket")).count();
    }

    @Test
    void aDryRunReturnsOneEntryPerCheckAndPrintsThem() throws Exception {
        putObjects(h.emulator);
        TrainStep step = TrainStepTest.train(Map.of());
        step.setJobName("pre-dry");
        step.setDryRun(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checks = (List<Map<String, Object>>) value.get("preflight");
        assertThat(checks).extracting(c -> c.get("what") + " " + c.get("result")).containsExactly(
                "config.data_url ok", "config.app_url ok", "config.boot_file_url ok", "config.train_url ok",
                "config.log_url ok", "config.spec_id ok", "config.worker_server_num ok");
        assertThat(checks.get(2)).containsEntry("path", "/bucket/src/train.py").containsEntry("detail", "the object exists");
        assertThat(context.log()).contains("Pre-flight of ModelArts training job pre-dry:")
                .contains("  ok         config.boot_file_url /bucket/src/train.py: the object exists")
                .contains("Pre-flight: 7 ok, 0 missing, 0 unchecked");
        assertThat(creates()).isZero();
    }

    @Test
    void aDryRunWithSomethingMissingFailsTheStep() throws Exception {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setJobName("pre-dry-missing");
        step.setDryRun(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        Throwable failure = context.awaitFailure(WAIT);
        assertThat(failure).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("ModelArts pre-flight: 5 thing(s) missing (config.data_url /bucket/data/, config.app_url")
                .hasMessageContaining("training job pre-dry-missing would queue and fail");
        assertThat(context.log()).contains("  missing    config.data_url /bucket/data/: bucket bucket does not exist")
                .contains("  missing    config.train_url /bucket/out/: bucket bucket does not exist");
        assertThat(creates()).isZero();
    }

    @Test
    void preflightFalseSkipsItOnADryRun() throws Exception {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setDryRun(true);
        step.setPreflight(false);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("preflight", null).containsEntry("dryRun", true);
        assertThat(obsReads()).isZero();
    }

    @Test
    void preflightTrueRefusesToCreateWhatIsMissingAndNothingIsSent() throws Exception {
        h.emulator.obs().put("bucket", "src/train.py", "print(1)".getBytes(StandardCharsets.UTF_8));
        TrainStep step = TrainStepTest.train(Map.of());
        step.setJobName("pre-real");
        step.setPreflight(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        Throwable failure = context.awaitFailure(WAIT);
        assertThat(failure).isInstanceOf(AbortException.class)
                .hasMessage("ModelArts pre-flight: 1 thing(s) missing (config.data_url /bucket/data/): training job pre-real"
                        + " was not created; fix the paths or the flavor, or set preflight: false");
        assertThat(creates()).isZero();
    }

    @Test
    void aRealTrainRunsNoPreflightByDefaultAndCreatesWithOneThatPasses() throws Exception {
        TrainStep unchecked = TrainStepTest.train(Map.of());
        unchecked.setJobName("pre-default");
        FakeStepContext first = h.newContext();
        unchecked.start(first).start();
        first.await(WAIT);
        assertThat(obsReads()).isZero();
        assertThat(creates()).isEqualTo(1);

        putObjects(h.emulator);
        TrainStep checked = TrainStepTest.train(Map.of());
        checked.setJobName("pre-checked");
        checked.setPreflight(true);
        FakeStepContext second = h.newContext();
        checked.start(second).start();
        second.await(WAIT);
        assertThat(second.log()).contains("Pre-flight: 7 ok, 0 missing, 0 unchecked");
        assertThat(creates()).isEqualTo(2);
    }
}
