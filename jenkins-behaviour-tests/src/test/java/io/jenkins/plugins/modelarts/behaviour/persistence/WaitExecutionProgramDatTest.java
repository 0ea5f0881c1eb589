package io.jenkins.plugins.modelarts.behaviour.persistence;

import static io.jenkins.plugins.modelarts.behaviour.persistence.Restart.WAIT;
import static io.jenkins.plugins.modelarts.behaviour.persistence.Restart.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.steps.JobWaitExecution;
import io.jenkins.plugins.modelarts.jenkins.steps.WaitForJobStep;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code modelartsWaitForJob}'s execution in program.dat at each stage of its life. */
class WaitExecutionProgramDatTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    private WaitForJobStep step(Map<String, Object> job, boolean withVersion) {
        WaitForJobStep step = new WaitForJobStep(String.valueOf(job.get("jobId")));
        if (withVersion) {
            step.setVersionId(((Number) job.get("versionId")).longValue());
        }
        step.setTimeout(30);
        step.setPollInterval(1);
        step.setMaxLogLines(500);
        step.setRequire(List.of("accuracy >= 0"));
        step.setFindingThresholds(List.of("queued_minutes=30"));
        step.setMaxRegression(0.05);
        step.setMaxClassRegression(0.03);
        step.setOverrideReason("hotfix release");
        return step;
    }

    private static LogCursor cursor(JobWaitExecution e) {
        return (LogCursor) Fields.get(Fields.get(e, "logStream"), "cursor");
    }

    @Test
    void waitExecutionSurvivesProgramDatBeforeItStarts() throws Exception {
        Map<String, Object> job = Restart.createJob(h);
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = (JobWaitExecution) step(job, true).start(context);

        JobWaitExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isEqualTo(JobRef.v1(Long.parseLong((String) job.get("jobId")), ((Number) job.get("versionId")).longValue()));
        assertThat(Fields.get(read, "deadlineMillis")).isEqualTo(0L);
        assertThat(Fields.get(read, "connection")).isEqualTo(Connection.resolve(StepHarness.DEFAULTS, null, null, null, null));
        WaitSettings settings = (WaitSettings) Fields.get(read, "settings");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.gate().require()).containsExactly("accuracy >= 0");
        assertThat(settings.gate().findingThresholdItems()).containsExactly("queued_minutes=30");
        assertThat(settings.gate().findingThresholds().queuedMinutes()).isEqualTo(30);
        assertThat(settings.gate().maxRegression()).isEqualTo(0.05);
        assertThat(settings.gate().maxClassRegression()).isEqualTo(0.03);
        assertThat(settings.gate().overrideReason()).isEqualTo("hotfix release");
        assertThat(settings.gate().overrideBy()).isNull();
    }

    @Test
    void waitExecutionSurvivesProgramDatWhileRunning() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(12).withLogLines(12));
        Map<String, Object> job = Restart.createJob(h);
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = (JobWaitExecution) step(job, false).start(context);
        execution.start();
        await(() -> context.log().contains("RUNNING") && !cursor(execution).atStart());
        h.restartController(); // the old runtime's threads are gone: the execution is quiet

        JobWaitExecution read = Restart.throughProgramDat(execution, context, h);

        JobRef ref = (JobRef) Fields.get(read, "ref");
        assertThat(ref.hasVersion()).as("the newest version resolved before the restart").isTrue();
        assertThat((long) Fields.get(read, "deadlineMillis")).isEqualTo((long) Fields.get(execution, "deadlineMillis")).isPositive();
        assertThat(cursor(read)).isEqualTo(cursor(execution)).matches(c -> !c.atStart());
        read.onResume();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(context.log()).contains("Resuming the wait");
        assertThat(context.log().lines().filter(l -> l.contains("starting training job")).count())
                .as("a log line printed before the restart is not printed again").isLessThanOrEqualTo(1);
    }

    @Test
    void waitExecutionSurvivesProgramDatWhileStopping() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        Map<String, Object> job = Restart.createJob(h);
        FakeStepContext context = h.newContext();
        WaitForJobStep step = step(job, true);
        step.setStreamLog(false);
        JobWaitExecution execution = (JobWaitExecution) step.start(context);
        execution.start();
        await(() -> context.log().contains("RUNNING"));
        execution.stop(new InterruptedException("aborted by user"));
        h.restartController();

        JobWaitExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isEqualTo(Fields.get(execution, "ref"));
        assertThat(((WaitSettings) Fields.get(read, "settings")).stopJob()).isTrue();
        // the stop under way survives, so the resumed step finishes it instead of waiting again
        assertThat(Fields.get(read, "stopping")).isEqualTo(true);
        assertThat((Throwable) Fields.get(read, "stopCause")).isInstanceOf(InterruptedException.class).hasMessage("aborted by user");
        assertThat(Fields.get(read, "stopReason")).isEqualTo("the build was aborted");
    }

    @Test
    void waitExecutionSurvivesProgramDatAfterItEnded() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2).withLogLines(5));
        Map<String, Object> job = Restart.createJob(h);
        FakeStepContext context = h.newContext();
        JobWaitExecution execution = (JobWaitExecution) step(job, true).start(context);
        execution.start();
        context.await(WAIT);

        JobWaitExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(cursor(read)).isEqualTo(cursor(execution));
        assertThat(Fields.get(read, "deadlineMillis")).isEqualTo(Fields.get(execution, "deadlineMillis"));
    }
}
