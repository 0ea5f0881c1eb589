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
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The freestyle "Train on ModelArts" step: waits on its executor, stops the job when aborted. */
class TrainBuilderTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    private static ModelArtsTrainBuilder builder(String parameters) {
        ModelArtsTrainBuilder b = new ModelArtsTrainBuilder();
        b.setSpecId(1L);
        b.setEngineId(1L);
        b.setWorkerServerNum(1);
        b.setAppUrl("/bucket/src/");
        b.setBootFileUrl("/bucket/src/train.py");
        b.setDataUrl("/bucket/data/");
        b.setTrainUrl("/bucket/out/");
        b.setLogUrl("/bucket/log/");
        b.setParametersText(parameters);
        FreestyleSettings settings = new FreestyleSettings();
        settings.setPollInterval(1);
        b.setSettings(settings);
        return b;
    }

    @Test
    void aCompletingJobPublishesItsReportWithoutAWorkspace() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2));
        ModelArtsTrainBuilder b = builder("");
        b.setJobName("fs-${BUILD_NUMBER}");
        FakeRun run = h.newRun();
        RecordingListener listener = new RecordingListener();

        b.perform(run, new FakeEnv("BUILD_NUMBER", "7"), listener);

        assertThat(b.requiresWorkspace()).isFalse();
        assertThat(listener.text()).contains("Created ModelArts training job fs-7").contains("training finished");
        assertThat(run.getAction(ModelArtsBuildAction.class).getRecords()).hasSize(1);
        assertThat(run.getResult()).isNull();
    }

    @Test
    void withPreflightTickedAMissingBootFileFailsTheBuildAndNothingIsCreated() throws Exception {
        h.emulator.obs().put("bucket", "data/part-0.csv", new byte[] {1});
        ModelArtsTrainBuilder b = builder("");
        b.setJobName("fs-pre");
        b.setPreflight(true);
        assertThat(b.isPreflight()).isTrue();
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> b.perform(h.newRun(), new FakeEnv(), listener)).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("ModelArts pre-flight: 2 thing(s) missing (config.app_url /bucket/src/,"
                        + " config.boot_file_url /bucket/src/train.py): training job fs-pre was not created");
        assertThat(listener.text()).contains("  ok         config.data_url /bucket/data/")
                .contains("  missing    config.boot_file_url /bucket/src/train.py: no object obs://bucket/src/train.py");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isZero();
        assertThat(new ModelArtsTrainBuilder().isPreflight()).as("off unless ticked").isFalse();
    }

    @Test
    void aRebuildWithReuseAndAnUnchangedDefinitionCreatesNoSecondJobAChangedOneDoes() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
        ModelArtsTrainBuilder b = builder("lr=0.01");
        b.setReuse("successful");
        b.perform(h.newRun(), new FakeEnv(), new RecordingListener());
        RecordingListener again = new RecordingListener();
        builder("lr=0.01").perform(h.newRun(), new FakeEnv(), new RecordingListener()); // no reuse: trains
        ModelArtsTrainBuilder same = builder("lr=0.01");
        same.setReuse("7d");
        FakeRun run = h.newRun();
        same.perform(run, new FakeEnv(), again);
        assertThat(again.text()).contains("Reused training job 1 ").contains("no new job created")
                .doesNotContain("Created ModelArts training job");
        assertThat(run.getAction(ModelArtsBuildAction.class).getRecords()).hasSize(1);
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isEqualTo(2);

        ModelArtsTrainBuilder changed = builder("lr=0.02");
        changed.setReuse("successful");
        RecordingListener third = new RecordingListener();
        changed.perform(h.newRun(), new FakeEnv(), third);
        assertThat(third.text()).contains("Created ModelArts training job");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isEqualTo(3);
    }

    @Test
    void aFailedJobFailsTheBuildOrMarksItUnstable() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
        ModelArtsTrainBuilder failing = builder(JobScript.FINAL_STATUS + "=FAILED");

        assertThatThrownBy(() -> failing.perform(h.newRun(), new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("ended FAILED");

        FreestyleSettings lenient = new FreestyleSettings();
        lenient.setPollInterval(1);
        lenient.setUnstableOnJobFailure(true);
        failing.setSettings(lenient);
        FakeRun run = h.newRun();
        failing.perform(run, new FakeEnv(), new RecordingListener());
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void dataSourcesAndVolumesGoIntoTheJobsConfig() throws Exception {
        ModelArtsTrainBuilder b = builder("");
        b.setDataUrl(null);
        b.setDataSource("[{\"type\": \"obs\", \"data_url\": \"/bucket/data/\"}]");
        b.setVolumes("[{\"nfs\": {\"id\": \"nfs-1\", \"src_path\": \"192.168.8.150:/\", \"dest_path\": \"/mnt/data\","
                + " \"read_only\": true}}]");
        b.setWait(false);

        b.perform(h.newRun(), new FakeEnv(), new RecordingListener());

        TrainingJobSummary job = onlyJob();
        TrainingJobVersion version = h.clients.client().jobsV1().version(job.jobId(), job.versionId());
        assertThat(version.dataSource()).singleElement().satisfies(d -> assertThat(d.dataUrl()).isEqualTo("/bucket/data/"));
        assertThat(version.volumes()).singleElement().satisfies(v -> {
            assertThat(v.nfs().id()).isEqualTo("nfs-1");
            assertThat(v.nfs().readOnly()).isTrue();
        });
    }

    @Test
    void untickingCreateVersionCreatesAJobWithoutAVersionAndSaysSo() throws Exception {
        ModelArtsTrainBuilder b = builder("");
        b.setCreateVersion(false);
        b.setWait(false);
        RecordingListener listener = new RecordingListener();

        b.perform(h.newRun(), new FakeEnv(), listener);

        assertThat(b.isCreateVersion()).isFalse();
        assertThat(listener.text()).contains("without a version (createVersion: false): nothing runs");
        assertThat(h.clients.client().jobsV1().versionList(onlyJob().jobId()).versions()).isEmpty();
    }

    private TrainingJobSummary onlyJob() {
        List<TrainingJobSummary> jobs = h.clients.client().jobsV1().list(ListTrainingJobsQuery.builder().build()).jobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    @Test
    void waitingForAJobCreatedWithoutAVersionIsRefusedBeforeAnythingIsSent() {
        ModelArtsTrainBuilder b = builder("");
        b.setCreateVersion(false); // and wait stays ticked

        assertThatThrownBy(() -> b.perform(h.newRun(), new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("nothing was sent")
                .hasMessageContaining("nothing runs to wait for");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isZero();
    }

    @Test
    void aDataSourceThatIsNotAJsonArrayOfKnownFieldsIsListedAndNothingIsSent() {
        ModelArtsTrainBuilder b = builder("");
        b.setDataUrl(null);
        b.setDataSource("[{\"type\": \"obs\", \"dataUrl\": \"/bucket/data/\"}]");

        assertThatThrownBy(() -> b.perform(h.newRun(), new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("dataSource").hasMessageContaining("dataUrl");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isZero();
    }

    @Test
    void findingThresholdsAreReadOnePerLineAndABadOneIsListedBeforeAnythingIsSent() {
        FreestyleSettings settings = new FreestyleSettings();
        settings.setFindingThresholds("queued_minutes=30\n\ngpu_idle=5");
        assertThat(settings.getFindingThresholds()).isEqualTo("queued_minutes=30\ngpu_idle=5");
        ModelArtsTrainBuilder b = builder("");
        b.setSettings(settings);

        assertThatThrownBy(() -> b.perform(h.newRun(), new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("nothing was sent")
                .hasMessageContaining("unknown finding threshold 'gpu_idle'");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isZero();
    }

    @Test
    void badInputIsListedAndNothingIsSent() {
        ModelArtsTrainBuilder b = builder("");
        b.setSpecId(null);
        b.setAppUrl(null);
        b.setJobName("bad name");

        assertThatThrownBy(() -> b.perform(h.newRun(), new FakeEnv(), new RecordingListener()))
                .isInstanceOf(AbortException.class).hasMessageContaining("nothing was sent")
                .hasMessageContaining("spec_id").hasMessageContaining("job");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void abortingTheBuildStopsTheRemoteJob() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        ModelArtsTrainBuilder b = builder("");
        FakeRun run = h.newRun();
        RecordingListener listener = new RecordingListener();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread executor = new Thread(() -> {
            try {
                b.perform(run, new FakeEnv(), listener);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        executor.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listener.text().contains("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        executor.interrupt(); // what Jenkins does to the executor thread on abort

        assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(listener.text()).contains("Stopped ModelArts");
        assertThat(h.emulator.journal().count("POST", ".*/stop")).isEqualTo(1);
    }
}
