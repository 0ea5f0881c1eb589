package io.jenkins.plugins.modelarts.jenkins.steps;

import static io.jenkins.plugins.modelarts.jenkins.steps.TrainStepTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WaitForJobStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    /** A v1 job created directly in the emulator (not by a step). */
    private CreateTrainingJobResponse existingJob(String name) throws Exception {
        TrainStep fields = TrainStepTest.train(Map.of());
        fields.setJobName(name);
        var field = TrainStep.class.getDeclaredField("definition");
        field.setAccessible(true);
        JobSpec.V1 spec = (JobSpec.V1) ((TrainingDefinition) field.get(fields)).toSpec(name, h.clients.client());
        return h.clients.client().jobsV1().create(spec.request());
    }

    @Test
    void waitsForTheNewestVersionOfAJobGivenWithoutOne() throws Exception {
        CreateTrainingJobResponse job = existingJob("existing");
        WaitForJobStep step = new WaitForJobStep(String.valueOf(job.jobId()));
        FakeStepContext context = h.newContext();

        assertThat(step.start(context).start()).isFalse();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        assertThat(value).containsEntry("versionId", job.versionId()).containsEntry("state", "COMPLETED");
        assertThat(context.log()).contains("Waiting for the newest version");
    }

    @Test
    void aTimeoutStopsTheJobAndFailsTheStep() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        CreateTrainingJobResponse job = existingJob("slow");
        WaitSettings settings = quiet().timeout(Duration.ofMillis(400)).build();
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = new JobWaitExecution(context,
                Connection.resolve(StepHarness.DEFAULTS, null, null, null, null), JobRef.v1(job.jobId(), job.versionId()), settings);

        execution.start();

        assertThat(context.awaitFailure(WAIT)).isInstanceOf(AbortException.class)
                .hasMessageContaining("did not end within").hasMessageContaining("the job was stopped");
        assertThat(h.emulator.journal().count("POST", ".*/stop")).isEqualTo(1);
    }

    @Test
    void aJobThatCannotBeFoundFailsWithAClearMessage() throws Exception {
        FakeStepContext context = h.newContext();
        new WaitForJobStep("999999").start(context).start();

        Throwable failure = context.awaitFailure(WAIT);

        assertThat(failure).isInstanceOf(AbortException.class).hasMessageContaining("999999");
    }

    @Test
    void unknownCredentialsFailTheStepWithoutAStackTrace() throws Exception {
        WaitForJobStep step = new WaitForJobStep("10");
        step.setCredentialsId("missing");
        FakeStepContext context = h.newContext();
        step.start(context).start();

        assertThat(context.awaitFailure(WAIT)).isInstanceOf(AbortException.class).hasMessageContaining("'missing' were not found");
    }

    @Test
    void aJobIdThatIsNeitherV1NorV2IsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new WaitForJobStep("job-10").start(h.newContext()))
                .isInstanceOf(AbortException.class).hasMessageContaining("jobId").hasMessageContaining("not a job id");
        assertThat(h.emulator.journal().count("GET", ".*")).isZero();
    }

    @Test
    void getStatusSaysWhatItWaitsForWithoutCallingModelArts() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        CreateTrainingJobResponse job = existingJob("status");
        WaitForJobStep step = new WaitForJobStep(String.valueOf(job.jobId()));
        step.setVersionId(job.versionId());
        step.setTimeout(90);
        FakeStepContext context = h.newContext();
        var execution = step.start(context);
        execution.start();
        await(() -> context.log().contains("RUNNING"));
        long before = h.emulator.journal().count("GET", ".*");

        String status = execution.getStatus();

        assertThat(h.emulator.journal().count("GET", ".*")).isEqualTo(before);
        assertThat(status).contains("job " + job.jobId()).contains("JOBSTAT_RUNNING").contains("times out in");
        execution.stop(new InterruptedException());
        context.awaitFailure(WAIT);
    }

    @Test
    void manyWaitingStepsShareTheSamePollsInsteadOfOneCallEach() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(30));
        int jobs = 8;
        FakeStepContext[] contexts = new FakeStepContext[jobs];
        for (int i = 0; i < jobs; i++) {
            CreateTrainingJobResponse job = existingJob("many-" + i);
            WaitForJobStep step = new WaitForJobStep(String.valueOf(job.jobId()));
            step.setVersionId(job.versionId());
            step.setStreamLog(false);
            step.setArchiveLogs(false);
            step.setPublishReport(false);
            contexts[i] = h.newContext();
            step.start(contexts[i]).start();
        }
        for (FakeStepContext c : contexts) {
            c.await(WAIT);
        }
        long versionReads = h.emulator.journal().count("GET", ".*/versions/\\d+");
        long listReads = h.emulator.journal().count("GET", ".*/training-jobs");
        // Each job needs 30 status reads to end; one list call reads all of them at once.
        assertThat(listReads).isLessThan(30 * jobs / 2);
        assertThat(versionReads).as("detail reads only at the end, for the final metrics").isLessThanOrEqualTo(jobs * 2);
    }

    /** A wait for a job, started and registered with the poller. */
    private JobWaitExecution waitingFor(CreateTrainingJobResponse job, FakeStepContext context, WaitSettings settings)
            throws Exception {
        JobWaitExecution execution = new JobWaitExecution(context,
                Connection.resolve(StepHarness.DEFAULTS, null, null, null, null), JobRef.v1(job.jobId(), job.versionId()), settings);
        execution.start();
        await(execution::watching);
        return execution;
    }

    private void assertNoLongerPolled(JobWaitExecution execution) throws Exception {
        assertThat(execution.watching()).isFalse();
        assertThat(h.runtime.poller().watching()).as("jobs the poller still reads").isZero();
        await(() -> h.runtime.poller().groups() == 0); // a read in flight when the step ended has finished
        long reads = h.emulator.journal().count("GET", ".*");
        Thread.sleep(400); // four poll intervals of the harness
        assertThat(h.emulator.journal().count("GET", ".*")).as("reads after the step ended").isEqualTo(reads);
    }

    @Test
    void anAbortWithStopOnAbortOffStopsPollingTheJob() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = waitingFor(existingJob("abort-keep"), context,
                quiet().stopJob(false).build());

        execution.stop(new InterruptedException("aborted"));

        context.awaitFailure(WAIT);
        assertNoLongerPolled(execution);
    }

    @Test
    void aTimeoutWithStopOnAbortOffStopsPollingTheJob() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = waitingFor(existingJob("timeout-keep"), context,
                quiet().stopJob(false).timeout(Duration.ofMillis(800)).build());

        assertThat(context.awaitFailure(WAIT)).hasMessageContaining("keeps running");
        assertNoLongerPolled(execution);
    }

    @Test
    void anAbortWhoseStopFailsStillStopsPollingTheJob() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = waitingFor(existingJob("abort-stop-fails"), context,
                quiet().build());
        h.emulator.faults().serverErrors(20, 500);

        execution.stop(new InterruptedException("aborted"));

        context.awaitFailure(WAIT);
        h.emulator.faults().clear();
        assertNoLongerPolled(execution);
    }

    @Test
    void twoStepsWaitingForTheSameJobOneAbortedTheOtherStillSeesItEnd() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(12));
        CreateTrainingJobResponse job = existingJob("shared");
        WaitSettings quiet = quiet().stopJob(false).build();
        FakeStepContext aborted = h.newContext();
        FakeStepContext waiting = h.newContext();
        JobWaitExecution first = waitingFor(job, aborted, quiet);
        JobWaitExecution second = waitingFor(job, waiting, quiet);

        first.stop(new InterruptedException("aborted"));
        aborted.awaitFailure(WAIT);

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) waiting.await(WAIT);
        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(second.watching()).isFalse();
    }

    /** Waiting alone: no log streamed or archived, no report. */
    private static WaitSettings.Builder quiet() {
        return WaitSettings.builder().streamLog(false).archiveLogs(false).publishReport(false);
    }
}
