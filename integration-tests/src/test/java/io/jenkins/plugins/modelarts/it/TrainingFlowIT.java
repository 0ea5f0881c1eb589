package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.Parameter;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.job.WaitListener;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole create → poll → versions → stop flow of the client and core against the emulator. */
class TrainingFlowIT {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private ModelArtsEmulator emulator;
    private ModelArtsClient client;
    private TrainingJobs jobs;
    private JobWaiter waiter;
    private final WaitOptions fast = WaitOptions.defaults().withPollInterval(Duration.ofMillis(1)).withTimeout(Duration.ofMinutes(1));

    @BeforeEach
    void connect() {
        emulator = EMULATOR.emulator();
        client = Clients.akSk(emulator, RetryPolicy.defaults());
        jobs = new TrainingJobs(client);
        waiter = new JobWaiter(jobs, Clock.systemUTC(), d -> {});
    }

    static CreateTrainingJobRequest request(String name, Parameter... extra) {
        TrainingJobConfig config = TrainingJobConfig.builder()
                .workerServerNum(1)
                .appUrl("/it-bucket/src/")
                .bootFileUrl("/it-bucket/src/train.py")
                .dataUrl("/it-bucket/data/")
                .specId(1L)
                .engineId(1L)
                .trainUrl("/it-bucket/out/")
                .logUrl("/it-bucket/logs/" + name + "/")
                .parameter(List.of(extra))
                .build();
        return CreateTrainingJobRequest.builder().jobName(name).jobDesc("integration test").config(config).build();
    }

    static String name(TestInfo info) {
        return "it-" + info.getTestMethod().orElseThrow().getName().replaceAll("[^A-Za-z0-9]", "").toLowerCase();
    }

    @Test
    void createPollVersionsAndMetrics(TestInfo info) throws Exception {
        CreateTrainingJobResponse created = client.jobsV1().create(request(name(info)));
        assertThat(created.jobName()).isEqualTo(name(info));
        assertThat(created.versionName()).isEqualTo("V0001");

        JobSnapshot last = waiter.await(JobRef.v1(created.jobId(), created.versionId()), fast, WaitListener.NONE);
        assertThat(last.state()).isEqualTo(JobState.COMPLETED);

        List<TrainingJobVersion> versions = client.jobsV1().allVersions(created.jobId());
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.versionId()).isEqualTo(created.versionId());
            assertThat(v.state()).isEqualTo(JobState.COMPLETED);
            ModelMetrics metrics = ModelMetrics.from(v.modelMetricList());
            assertThat(metrics.totals()).containsKeys("accuracy", "precision", "recall");
            assertThat(metrics.classes()).isNotEmpty();
            assertThat(SystemMetrics.from(v.systemMetricList()).series()).containsKey("cpuUsage");
        });
        TrainingJobVersion detail = client.jobsV1().version(created.jobId(), created.versionId());
        assertThat(ModelMetrics.from(detail.modelMetricList()).totals()).containsKey("accuracy");
        assertThat(SystemMetrics.from(detail.systemMetricList()).series()).containsKey("gpuUtil");
    }

    @Test
    void stopEndsARunningJobAsStopped(TestInfo info) throws Exception {
        CreateTrainingJobResponse created = client.jobsV1()
                .create(request(name(info), new Parameter("emulator_status_reads", "1000")));
        JobRef ref = JobRef.v1(created.jobId(), created.versionId());
        jobs.read(ref);
        jobs.read(ref);
        jobs.stop(ref);
        JobSnapshot last = waiter.await(ref, fast, WaitListener.NONE);
        assertThat(last.state()).isEqualTo(JobState.STOPPED);
    }

    @Test
    void aScriptedFailureEndsTheWaitFailed(TestInfo info) throws Exception {
        CreateTrainingJobResponse created = client.jobsV1()
                .create(request(name(info), new Parameter("emulator_final_status", "failed")));
        JobSnapshot last = waiter.await(JobRef.v1(created.jobId(), created.versionId()), fast, WaitListener.NONE);
        assertThat(last.state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void theSameNameTwiceIsADuplicateNameError(TestInfo info) {
        client.jobsV1().create(request(name(info)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.jobsV1().create(request(name(info))))
                .isInstanceOfSatisfying(io.jenkins.plugins.modelarts.client.errors.ApiException.class,
                        e -> assertThat(e.isDuplicateName()).isTrue());
    }

    @Test
    void logFilesAndLinesCanBeRead(TestInfo info) throws Exception {
        CreateTrainingJobResponse created = client.jobsV1().create(request(name(info)));
        waiter.await(JobRef.v1(created.jobId(), created.versionId()), fast, WaitListener.NONE);
        List<String> files = client.jobsV1().logFileNames(created.jobId(), created.versionId()).logFileList();
        assertThat(files).isNotEmpty();
        String content = client.jobsV1().logLines(created.jobId(), created.versionId(), files.get(0), 10, null, "desc")
                .content();
        assertThat(content).isNotBlank();
    }

}
