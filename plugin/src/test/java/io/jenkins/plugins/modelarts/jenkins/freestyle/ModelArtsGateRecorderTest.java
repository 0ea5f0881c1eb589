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

    private FakeRun trainedRun(double accuracy) throws Exception {
        ModelArtsTrainBuilder train = new ModelArtsTrainBuilder();
        train.setSpecId(1L);
        train.setEngineId(1L);
        train.setWorkerServerNum(1);
        train.setAppUrl("/bucket/src/");
        train.setBootFileUrl("/bucket/src/train.py");
        train.setDataUrl("/bucket/data/");
        train.setTrainUrl("/bucket/out/");
        train.setParametersText(JobScript.ACCURACY + "=" + accuracy);
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
    void aBuildThatTrainedNothingNeedsAJobId() throws Exception {
        FakeRun run = h.newRun();

        assertThatThrownBy(() -> gate("accuracy >= 0.9", false).perform(run, new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("no job id given");
        assertThat(h.emulator.journal().count("GET", ".*")).isZero();
    }
}
