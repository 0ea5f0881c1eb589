package io.jenkins.plugins.modelarts.jenkins.freestyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.jenkins.FakeEnv;
import hudson.model.Result;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.RecordingListener;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The freestyle post-build release gate, on the job the build's train step recorded. */
class ModelArtsGateRecorderTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
    }

    /** A build that trained a job reporting this accuracy (null: the metrics the emulator's script gives). */
    private FakeRun trainedRun(Double accuracy) throws Exception {
        ModelArtsTrainBuilder train = new ModelArtsTrainBuilder();
        train.setSpecId(1L);
        train.setEngineId(1L);
        train.setWorkerServerNum(1);
        train.setAppUrl("/bucket/src/");
        train.setBootFileUrl("/bucket/src/train.py");
        train.setDataUrl("/bucket/data/");
        train.setTrainUrl("/bucket/out/");
        train.setParametersText(accuracy == null ? "" : JobScript.ACCURACY + "=" + accuracy);
        FreestyleSettings fast = new FreestyleSettings();
        fast.setPollInterval(1);
        train.setSettings(fast);
        FakeRun run = h.newRun();
        train.perform(run, new FakeEnv(), new RecordingListener());
        return run;
    }

    private static ModelArtsGateRecorder gate(String rules, boolean unstable) {
        ModelArtsGateRecorder gate = new ModelArtsGateRecorder();
        FreestyleSettings settings = new FreestyleSettings();
        settings.setRequire(rules);
        settings.setUnstableOnGateFailure(unstable);
        gate.setSettings(settings);
        return gate;
    }

    @Test
    void gatesTheJobThisBuildTrained() throws Exception {
        FakeRun run = trainedRun(0.95);

        gate("accuracy >= 0.9\nrecall >= 0", false).perform(run, new FakeEnv(), new RecordingListener());

        TrainingRecord record = run.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getGateOutcome()).isEqualTo("PASS");
        assertThat(run.getResult()).isNull();
    }

    @Test
    void aFailedGateFailsTheBuildOrOnlyMarksItUnstable() throws Exception {
        FakeRun run = trainedRun(0.80);

        assertThatThrownBy(() -> gate("accuracy >= 0.9", false).perform(run, new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("accuracy >= 0.9");

        gate("accuracy >= 0.9", true).perform(run, new FakeEnv(), new RecordingListener());
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void aFailedGateWithAnOverrideReasonLeavesTheBuildSuccessfulAndSaysWhoStartedIt() throws Exception {
        FakeRun run = trainedRun(0.80).causedBy("Started by user carol");
        ModelArtsGateRecorder gate = gate("accuracy >= 0.9", false);
        gate.getSettings().setOverrideReason("approved in the release meeting");
        RecordingListener listener = new RecordingListener();

        gate.perform(run, new FakeEnv(), listener);

        TrainingRecord record = run.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getGateOutcome()).isEqualTo("OVERRIDDEN");
        assertThat(record.getGateSummary()).endsWith("overridden by Started by user carol: approved in the release meeting");
        assertThat(record.getOverrideReason()).isEqualTo("approved in the release meeting");
        assertThat(record.getOverriddenBy()).isEqualTo("Started by user carol");
        assertThat(run.getResult()).isNull();
    }

    @Test
    void withMaxClassRegressionAClassBelowTheLastSuccessfulBuildFailsTheGate() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics(catAndDog(0.9)));
        FakeRun first = trainedRun(null);
        first.finish(Result.SUCCESS);
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics(catAndDog(0.5)));
        FakeRun second = trainedRun(null);
        ModelArtsGateRecorder gate = new ModelArtsGateRecorder();
        FreestyleSettings settings = new FreestyleSettings();
        settings.setBaseline("lastSuccessfulBuild");
        settings.setMaxClassRegression(0.05);
        settings.setUnstableOnGateFailure(true);
        gate.setSettings(settings);
        RecordingListener listener = new RecordingListener();

        gate.perform(second, new FakeEnv(), listener);

        assertThat(second.getResult()).isEqualTo(Result.UNSTABLE);
        TrainingRecord record = second.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getGateOutcome()).isEqualTo("UNSTABLE");
        assertThat(listener.text()).contains("recall[cat] is 0.5, baseline 0.9 (build #1), allowed drop 0.05: a regression");
    }

    /** accuracy 0.9; classes cat (this recall) and dog (0.9). */
    private static String catAndDog(double catRecall) {
        return "{\"metric\":[{\"metric_values\":{\"recall\":" + catRecall + "},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}},"
                + "{\"metric_values\":{\"recall\":0.9},\"metric_meta\":{\"class_name\":\"dog\",\"class_id\":1}}],"
                + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.9,\"id\":0}}}";
    }

    @Test
    void aBuildThatTrainedNothingNeedsAJobId() throws Exception {
        FakeRun run = h.newRun();

        assertThatThrownBy(() -> gate("accuracy >= 0.9", false).perform(run, new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("no job id given");
        assertThat(h.emulator.journal().count("GET", ".*")).isZero();
    }
}
