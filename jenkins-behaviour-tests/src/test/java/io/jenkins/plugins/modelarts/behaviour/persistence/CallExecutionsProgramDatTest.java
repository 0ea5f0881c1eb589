package io.jenkins.plugins.modelarts.behaviour.persistence;

import static io.jenkins.plugins.modelarts.behaviour.persistence.Restart.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.steps.ConfigsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.GateStep;
import io.jenkins.plugins.modelarts.jenkins.steps.JobStep;
import io.jenkins.plugins.modelarts.jenkins.steps.JobsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.LogsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.StopJobStep;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import io.jenkins.plugins.modelarts.jenkins.steps.VersionsStep;
import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The quick-call steps' executions ({@code modelartsGate}, {@code modelartsJob}, {@code modelartsStopJob},
 * {@code modelartsVersions}, {@code modelartsJobs}, {@code modelartsLogs}) in program.dat before they run and after they ended. Their
 * persisted state does not change in between (only the transient "finished" flag does), and a resumed one
 * simply makes its calls again.
 */
class CallExecutionsProgramDatTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();
    private String jobId;
    private long versionId;

    @BeforeEach
    void start() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
        Map<String, Object> job = Restart.createJob(h);
        jobId = String.valueOf(job.get("jobId"));
        versionId = ((Number) job.get("versionId")).longValue();
    }

    /** Before it runs and after it ended, the execution reads back with the same state. */
    private StepExecution survivesBeforeAndAfter(Step step) throws Exception {
        FakeStepContext context = h.newContext();
        StepExecution execution = step.start(context);
        Restart.throughProgramDat(execution, context, h);
        execution.start();
        try {
            context.await(WAIT);
        } catch (java.util.concurrent.ExecutionException failed) {
            // ended either way; a failure (a gate on a job still running, say) is an end too
        }
        StepExecution read = Restart.throughProgramDat(execution, context, h);
        assertThat(Fields.get(read, "connection")).isEqualTo(Connection.resolve(StepHarness.DEFAULTS, null, null, null, null));
        return read;
    }

    @Test
    void gateExecutionSurvivesProgramDat() throws Exception {
        GateStep step = new GateStep(jobId);
        step.setVersionId(versionId);
        step.setRequire(List.of("accuracy >= 0", "recall[cat] >= 0"));
        step.setBaseline("lastSuccessfulBuild");
        step.setMaxRegression(0.02);
        step.setMaxClassRegression(0.04);
        step.setUnstableOnGateFailure(true);
        step.setOverrideReason("known regression, see ticket 42");
        step.setOverrideBy("alice");

        StepExecution read = survivesBeforeAndAfter(step);

        GateSettings gate = (GateSettings) Fields.get(read, "gate");
        assertThat(gate.require()).containsExactly("accuracy >= 0", "recall[cat] >= 0");
        assertThat(gate.baselineIsLastSuccessfulBuild()).isTrue();
        assertThat(gate.unstable()).isTrue();
        assertThat(gate.maxRegression()).isEqualTo(0.02);
        assertThat(gate.maxClassRegression()).isEqualTo(0.04);
        assertThat(gate.overrideReason()).isEqualTo("known regression, see ticket 42");
        assertThat(gate.overrideBy()).isEqualTo("alice");
        assertThat(Fields.get(read, "ref")).hasToString("job " + jobId + " version " + versionId);
    }

    @Test
    void jobExecutionSurvivesProgramDat() throws Exception {
        JobStep step = new JobStep(jobId);
        step.setVersionId(versionId);

        StepExecution read = survivesBeforeAndAfter(step);

        assertThat(Fields.get(read, "ref")).hasToString("job " + jobId + " version " + versionId);
    }

    @Test
    void stopJobExecutionSurvivesProgramDat() throws Exception {
        StopJobStep step = new StopJobStep(jobId);
        step.setVersionId(versionId);

        StepExecution read = survivesBeforeAndAfter(step);

        assertThat(Fields.get(read, "ref")).hasToString("job " + jobId + " version " + versionId);
    }

    @Test
    void configsExecutionSurvivesProgramDatWithItsQuery() throws Exception {
        ConfigsStep step = new ConfigsStep();
        step.setConfigType("sample");
        step.setSortBy("config_desc");
        step.setOrder("asc");
        step.setPerPage(5);
        step.setPage(1);
        step.setSearchContent("mnist");

        StepExecution read = survivesBeforeAndAfter(step);

        assertThat(List.of(Fields.get(read, "configType"), Fields.get(read, "sortBy"), Fields.get(read, "order"),
                Fields.get(read, "perPage"), Fields.get(read, "page"), Fields.get(read, "searchContent")))
                .containsExactly("sample", "config_desc", "asc", 5, 1, "mnist");
        assertThat(Fields.get(read, "name")).isNull();
    }

    @Test
    void aTrainDryRunSurvivesProgramDatWithItsDefinition() throws Exception {
        TrainStep step = Restart.trainStep();
        step.setJobName("dry-run-1");
        step.setReuse("successful");
        step.setDryRun(true);
        step.setPreflight(false);

        StepExecution read = survivesBeforeAndAfter(step);

        assertThat(read.getClass().getSimpleName()).isEqualTo("TrainDryRun");
        assertThat(Fields.get(Fields.get(read, "definition"), "preflight")).isEqualTo(Boolean.FALSE);
        assertThat(Fields.get(read, "jobName")).isEqualTo("dry-run-1");
        assertThat(Fields.get(Fields.get(read, "definition"), "bootFileUrl")).isEqualTo("/bucket/src/train.py");
    }

    @Test
    void logsExecutionSurvivesProgramDatWithWhatToReadAndArchive() throws Exception {
        LogsStep step = new LogsStep(jobId);
        step.setVersionId(versionId);
        step.setLines(7);
        step.setFile(" other.0 ");
        step.setArchive(true);
        step.setMaxArchiveMb(3);

        StepExecution read = survivesBeforeAndAfter(step);

        Object request = Fields.get(read, "request");
        assertThat(Fields.get(request, "ref")).hasToString("job " + jobId + " version " + versionId);
        assertThat(List.of(Fields.get(request, "file"), Fields.get(request, "lines"), Fields.get(request, "maxArchiveBytes")))
                .containsExactly("other.0", 7, 3L * 1024 * 1024);
        assertThat(Fields.get(request, "task")).isNull();
    }

    @Test
    void versionsExecutionSurvivesProgramDat() throws Exception {
        StepExecution read = survivesBeforeAndAfter(new VersionsStep(jobId));

        assertThat(Fields.get(read, "jobId")).isEqualTo(Long.parseLong(jobId));
    }

    @Test
    void jobsExecutionSurvivesProgramDatWithItsFilters() throws Exception {
        JobsStep step = new JobsStep();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("name", "resnet");
        // By reflection: the setter's map type is changing (Map<String, Object> to a narrower one); a text
        // filter is valid for both, as Groovy would pass it.
        JobsStep.class.getMethod("setFilters", Map.class).invoke(step, filters);
        step.setLimit(20);
        step.setMax(40);
        step.setSortBy("create_time");
        step.setOrder("desc");

        StepExecution read = survivesBeforeAndAfter(step);

        assertThat(Fields.get(read, "filters")).isEqualTo(filters);
        assertThat(Fields.get(read, "limit")).isEqualTo(20);
        assertThat(Fields.get(read, "max")).isEqualTo(40);
        assertThat(Fields.get(read, "sortBy")).isEqualTo("create_time");
    }
}
