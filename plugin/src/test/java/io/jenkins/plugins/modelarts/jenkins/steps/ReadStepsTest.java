package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsVersions, modelartsJobs, modelartsJob and modelartsStopJob against the emulator. */
class ReadStepsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
    }

    private Object run(ModelArtsStep step) throws Exception {
        FakeStepContext context = h.newContext();
        step.start(context).start();
        return context.await(WAIT);
    }

    private JobSpec.V1 v1Spec(String name) throws Exception {
        TrainStep fields = TrainStepTest.train(Map.of());
        var field = TrainStep.class.getDeclaredField("definition");
        field.setAccessible(true);
        return (JobSpec.V1) ((TrainingDefinition) field.get(fields)).toSpec(name, h.clients.client());
    }

    @SuppressWarnings("unchecked")
    private String v2Job(String name) throws Exception {
        TrainStep step = new TrainStep();
        step.setJobName(name);
        step.setSpec(Files.readString(Paths.get("../examples/train-v2.json"), StandardCharsets.UTF_8));
        Map<String, Object> created = (Map<String, Object>) run(step);
        assertThat(created).containsEntry("api", "v2");
        return (String) created.get("jobId");
    }

    @Test
    @SuppressWarnings("unchecked")
    void versionsListsEveryVersionNewestFirst() throws Exception {
        JobSpec.V1 spec = v1Spec("versioned");
        CreateTrainingJobResponse first = h.clients.client().jobsV1().create(spec.request());
        long previous = first.versionId();
        for (int i = 0; i < 2; i++) {
            previous = h.clients.client().jobsV1().createVersion(first.jobId(), spec.request().config(), "again", previous).versionId();
        }

        List<Map<String, Object>> versions = (List<Map<String, Object>>) run(new VersionsStep(String.valueOf(first.jobId())));

        assertThat(versions).hasSize(3);
        assertThat(versions).extracting(v -> (Long) v.get("versionId")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(versions.get(0)).containsKeys("versionName", "state", "metrics");
    }

    @Test
    void versionsRefusesAV2JobBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new VersionsStep("3faf5c03-aaa1-4cbe-879d-24b05d997347").start(h.newContext()))
                .isInstanceOf(AbortException.class).hasMessageContaining("only v1 jobs have versions");
        assertThat(h.emulator.journal().count("GET", ".*")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jobsSearchesV2JobsByNameAndReturnsPlainMaps() throws Exception {
        v2Job("search-alpha-1");
        v2Job("search-alpha-2");
        v2Job("other-3");
        JobsStep step = new JobsStep();
        step.setFilters(Map.of("name", "alpha"));

        List<Map<String, Object>> jobs = (List<Map<String, Object>>) ((Map<String, Object>) run(step)).get("jobs");

        assertThat(jobs).extracting(j -> j.get("jobName")).containsExactlyInAnyOrder("search-alpha-1", "search-alpha-2");
        assertThat(jobs).allSatisfy(j -> assertThat(j).containsKeys("jobId", "status", "state", "createTime"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jobReadsAV2JobsDetailsWithTheApisFieldNames() throws Exception {
        String id = v2Job("detailed");

        Map<String, Object> job = (Map<String, Object>) run(new JobStep(id));

        assertThat(job).containsEntry("jobId", id).containsEntry("terminal", false);
        Map<String, Object> metadata = (Map<String, Object>) ((Map<String, Object>) job.get("detail")).get("metadata");
        assertThat(metadata).containsEntry("name", "detailed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stopJobStopsARunningJobAndAnEndedOneIsNotAnError() throws Exception {
        CreateTrainingJobResponse job = h.clients.client().jobsV1().create(v1Spec("to-stop").request());
        StopJobStep stop = new StopJobStep(String.valueOf(job.jobId()));
        stop.setVersionId(job.versionId());

        Map<String, Object> stopped = (Map<String, Object>) run(stop);
        Map<String, Object> again = (Map<String, Object>) run(stop);

        assertThat(h.emulator.journal().count("POST", ".*/stop")).isEqualTo(1);
        assertThat(stopped.get("state")).isIn("STOPPING", "STOPPED");
        assertThat(again).containsKey("status");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuickStepInterruptedByARestartMakesItsCallAgainAndCompletesOnce() throws Exception {
        String id = v2Job("resumed-read");
        FakeStepContext context = h.newContext();
        CallExecution execution = (CallExecution) new JobStep(id).start(context);
        CallExecution restored = Executions.restore(Executions.serialize(execution), CallExecution.class);

        restored.onResume();

        assertThat((Map<String, Object>) context.await(WAIT)).containsEntry("jobId", id);
        assertThat(context.completions()).isEqualTo(1);
    }
}
