package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeArtifacts;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

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

    /** The seed-000 fields of a valid v1 job, with emulator steering parameters. */
    static TrainStep train(Map<String, String> parameters) {
        TrainStep step = new TrainStep();
        step.setSpecId(1L);
        step.setEngineId(1L);
        step.setWorkerServerNum(1);
        step.setAppUrl("/bucket/src/");
        step.setBootFileUrl("/bucket/src/train.py");
        step.setDataUrl("/bucket/data/");
        step.setTrainUrl("/bucket/out/");
        step.setLogUrl("/bucket/log/");
        step.setParameters(parameters);
        return step;
    }

    private long creates() {
        return h.emulator.journal().count("POST", ".*/training-jobs");
    }

    @Test
    void startReturnsFalseAndEveryCallHappensOffThePipelineThread() throws Exception {
        TrainStep step = train(Map.of("learning_rate", "0.01"));
        step.setWait(true);
        FakeStepContext context = h.newContext();
        String pipelineThread = Thread.currentThread().getName();

        boolean synchronous = step.start(context).start();

        assertThat(synchronous).isFalse();
        context.await(WAIT);
        assertThat(h.clients.askedOnThreads).isNotEmpty().doesNotContain(pipelineThread);
    }

    @Test
    void aJobThatCompletesEndsTheStepWithItsStateMetricsAndReport() throws Exception {
        TrainStep step = train(Map.of("learning_rate", "0.01"));
        step.setWait(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("state", "COMPLETED").containsEntry("jobName", "resnet-1").containsEntry("api", "v1");
        assertThat(value.get("jobId")).isNotNull();
        assertThat(value.get("metrics")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("accuracy");
        assertThat(context.completions()).isEqualTo(1);
        assertThat(context.result()).isNull();
        ModelArtsBuildAction action = context.run().getAction(ModelArtsBuildAction.class);
        assertThat(action.getRecords()).hasSize(1);
        assertThat(action.getReportHtml(0)).contains("<svg").contains("resnet-1");
        Path archive = FakeArtifacts.archiveOf(context.run());
        assertThat(archive.resolve("modelarts/" + action.getRecords().get(0).getReportDir() + "/report.json")).exists();
        assertThat(context.log()).contains("Created ModelArts training job resnet-1").contains("ended COMPLETED");
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void withoutWaitTheStepEndsOnceTheJobIsCreated() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1000));
        FakeStepContext context = h.newContext();
        train(Map.of()).start(context).start();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("jobName", "resnet-1").containsEntry("terminal", false);
        assertThat(value.get("versionId")).isNotNull();
    }

    @Test
    void theLogIsStreamedAndArchivedWithTheBuild() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(6).withLogLines(12));
        TrainStep step = train(Map.of());
        step.setWait(true);
        step.setPollInterval(1);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        context.await(WAIT);

        assertThat(context.log()).contains("training finished");
        long firstLines = context.log().lines().filter(l -> l.contains("starting training job")).count();
        assertThat(firstLines).as("each log line printed once").isEqualTo(1);
        try (var files = Files.walk(FakeArtifacts.archiveOf(context.run()).resolve("modelarts/logs"))) {
            List<Path> logs = files.filter(Files::isRegularFile).toList();
            assertThat(logs).isNotEmpty();
            assertThat(Files.readString(logs.get(0), StandardCharsets.UTF_8)).contains("training finished");
        }
    }

    @Test
    void aV2JobsExportedLogsAreArchivedFromItsLogExportPath() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2).withLogLines(3));
        TrainStep step = new TrainStep();
        step.setSpec("""
                {"kind": "job", "metadata": {"name": "ignored"},
                 "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py",
                   "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1},
                   "log_export_path": {"obs_url": "/bucket/v2-logs/"}}}
                """);
        step.setWait(true);
        step.setPollInterval(1);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        String id = (String) value.get("jobId");
        try (var files = Files.walk(FakeArtifacts.archiveOf(context.run()).resolve("modelarts/logs"))) {
            List<Path> logs = files.filter(Files::isRegularFile).toList();
            assertThat(logs).isNotEmpty().allMatch(p -> p.getFileName().toString().contains(id));
            assertThat(Files.readString(logs.get(0), StandardCharsets.UTF_8)).contains("training finished");
        }
        assertThat(context.log()).contains("Archiving the job's logs from obs://bucket/v2-logs/");
    }

    @Test
    void jobsSharingALogLocationEachArchiveOnlyTheirOwnLogs() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2).withLogLines(3));
        List<FakeStepContext> builds = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) { // the same log_url, /bucket/log/, as one Jenkinsfile gives every build
            TrainStep step = train(Map.of());
            step.setJobName("shared-log-" + i);
            step.setWait(true);
            step.setPollInterval(1);
            FakeStepContext context = h.newContext();
            step.start(context).start();
            context.await(WAIT);
            builds.add(context);
        }

        try (var files = Files.walk(FakeArtifacts.archiveOf(builds.get(1).run()).resolve("modelarts/logs"))) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("modelarts-job-2-V0001-"));
        }
        assertThat(builds.get(1).log()).contains("belong to other jobs").contains("names starting with modelarts-job-2-V0001-");
    }

    @Test
    void aFailedJobFailsTheStepWithAClearMessageAndStillPublishesItsReport() throws Exception {
        TrainStep step = train(Map.of(JobScript.FINAL_STATUS, "FAILED"));
        step.setWait(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        Throwable failure = context.awaitFailure(WAIT);

        assertThat(failure).isInstanceOf(AbortException.class).hasMessageContaining("ended FAILED");
        assertThat(context.run().getAction(ModelArtsBuildAction.class).getRecords()).hasSize(1);
    }

    @Test
    void unstableOnJobFailureMarksTheBuildUnstableAndReturnsTheResult() throws Exception {
        TrainStep step = train(Map.of(JobScript.FINAL_STATUS, "STOPPED"));
        step.setWait(true);
        step.setUnstableOnJobFailure(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("state", "STOPPED");
        assertThat(context.result()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void badInputIsReportedAllAtOnceAndNothingIsSent() throws Exception {
        TrainStep step = train(Map.of());
        step.setJobName("no spaces allowed");
        step.setPoolId("pool-1");           // with specId: one of them only
        step.setBootFileUrl(null);          // required with appUrl
        step.setRequire(List.of("accuracy >>= 0.9"));
        step.setMaxClassRegression(-0.5);

        assertThatThrownBy(() -> step.start(h.newContext()))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("nothing was sent")
                .hasMessageContaining("jobName")
                .hasMessageContaining("pool_id")
                .hasMessageContaining("boot_file_url")
                .hasMessageContaining("accuracy >>= 0.9")
                .hasMessageContaining("maxClassRegression must be zero or more, got -0.5");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void missingConnectionSettingsAreListedBeforeAnythingIsSent() throws Exception {
        h.close();
        h = new StepHarness(dir, io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults.none());

        assertThatThrownBy(() -> train(Map.of()).start(h.newContext()))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("no ModelArts endpoint")
                .hasMessageContaining("no project id")
                .hasMessageContaining("no credentials");
    }

    @Test
    void abortStopsTheRemoteJobAndEndsTheStep() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        TrainStep step = train(Map.of());
        step.setWait(true);
        FakeStepContext context = h.newContext();
        var execution = step.start(context);
        execution.start();
        await(() -> context.log().contains("ModelArts job") && context.log().contains("RUNNING"));

        InterruptedException abort = new InterruptedException("aborted by user");
        execution.stop(abort);

        assertThat(context.awaitFailure(WAIT)).isSameAs(abort);
        assertThat(context.log()).contains("Stopped ModelArts");
        assertThat(h.emulator.journal().count("POST", ".*/stop")).isEqualTo(1);
        assertThat(context.completions()).isEqualTo(1);
    }

    @Test
    void stopOnAbortOffLeavesTheJobRunning() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        TrainStep step = train(Map.of());
        step.setWait(true);
        step.setStopOnAbort(false);
        FakeStepContext context = h.newContext();
        var execution = step.start(context);
        execution.start();
        await(() -> context.log().contains("Created ModelArts training job"));

        execution.stop(new InterruptedException("aborted"));

        context.awaitFailure(WAIT);
        assertThat(context.log()).contains("keeps running");
        assertThat(h.emulator.journal().count("POST", ".*/stop")).isZero();
    }

    @Test
    void aRestoredExecutionResumesWaitingWithoutSubmittingAgain() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(40));
        TrainStep step = train(Map.of());
        step.setWait(true);
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) step.start(context);
        execution.start();
        await(() -> context.log().contains("Created ModelArts training job"));
        byte[] programDat = Executions.serialize(execution);

        // The controller restarts: the old runtime's threads are gone, a new runtime starts.
        h.restartController();
        TrainExecution resumed = Executions.restore(programDat, TrainExecution.class);
        resumed.onResume();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(context.log()).contains("Resuming the wait");
        assertThat(creates()).isEqualTo(1);
        assertThat(context.completions()).isEqualTo(1);
    }

    @Test
    void aSubmitInterruptedBeforeItsAnswerWasSavedReattachesInsteadOfCreatingASecondJob() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2));
        TrainStep step = train(Map.of());
        step.setWait(true);
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) step.start(context);
        // As if the controller died after sending the create and before saving its answer:
        h.clients.client().jobsV1().create(((io.jenkins.plugins.modelarts.core.spec.JobSpec.V1)
                trainingDefinition(step).toSpec("resnet-1", h.clients.client())).request());
        var submitStarted = TrainExecution.class.getDeclaredField("submitStarted");
        submitStarted.setAccessible(true);
        submitStarted.set(execution, true);
        TrainExecution resumed = Executions.restore(Executions.serialize(execution), TrainExecution.class);

        resumed.onResume();

        context.await(WAIT);
        assertThat(context.log()).contains("Re-attached to ModelArts training job resnet-1");
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void withoutWaitAStepResumedAfterTheJobWasCreatedStillReturnsTheJobId() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1000));
        TrainStep step = train(Map.of());
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) step.start(context);
        // As if the controller stopped after the job's reference was saved, before the step returned:
        var created = h.clients.client().jobsV1().create(((io.jenkins.plugins.modelarts.core.spec.JobSpec.V1)
                trainingDefinition(step).toSpec("resnet-1", h.clients.client())).request());
        var ref = JobWaitExecution.class.getDeclaredField("ref");
        ref.setAccessible(true);
        ref.set(execution, io.jenkins.plugins.modelarts.core.job.JobRef.v1(created.jobId(), created.versionId()));
        byte[] programDat = Executions.serialize(execution);
        h.restartController();
        TrainExecution resumed = Executions.restore(programDat, TrainExecution.class);

        resumed.onResume();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        assertThat(value).containsEntry("jobId", String.valueOf(created.jobId())).containsEntry("versionId", created.versionId())
                .containsEntry("jobName", "resnet-1").containsEntry("api", "v1").containsEntry("terminal", false);
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void nothingSecretReachesTheSerializedExecutionOrTheLog() throws Exception {
        TrainStep step = train(Map.of());
        step.setWait(true);
        step.setCredentialsId("modelarts-prod");
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) step.start(context);
        execution.start();
        context.await(WAIT);

        String programDat = new String(Executions.serialize(execution), StandardCharsets.ISO_8859_1);
        assertThat(programDat).contains("modelarts-prod").doesNotContain(h.emulator.secretKey());
        assertThat(context.log()).doesNotContain(h.emulator.secretKey());
        String report = context.run().getAction(ModelArtsBuildAction.class).getReportHtml(0);
        assertThat(report).doesNotContain(h.emulator.secretKey());
    }

    static TrainingDefinition trainingDefinition(TrainStep step) throws Exception {
        var field = TrainStep.class.getDeclaredField("definition");
        field.setAccessible(true);
        return (TrainingDefinition) field.get(step);
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
