package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Efficiency findings through modelartsTrain: the build log, the build record, the report and the gate. */
class FindingsStepTest {
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

    private FakeStepContext trained(String profile, List<String> require) throws Exception {
        TrainStep step = TrainStepTest.train(Map.of(JobScript.SYSTEM_METRICS, profile, JobScript.STATUS_READS, "8"));
        step.setWait(true);
        step.setPollInterval(1);
        step.setRequire(require);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        try {
            context.await(WAIT);
        } catch (Exception e) {
            // a failed gate fails the step; the test looks at what it left
        }
        return context;
    }

    @Test
    void aStarvedGpuIsLoggedRecordedReportedAndFailsAFindingRule() throws Exception {
        FakeStepContext context = trained("gpu-underused", List.of("finding:gpu-underused == 0"));
        assertThat(context.log()).contains("finding gpu-underused (warning): The GPU was under-used")
                .contains("FAIL").contains("finding:gpu-underused == 0");
        ModelArtsBuildAction action = context.run().getAction(ModelArtsBuildAction.class);
        TrainingRecord record = action.getRecords().get(0);
        assertThat(record.getFindings()).isEqualTo(1);
        assertThat(record.getGateOutcome()).isEqualTo("FAILURE");
        assertThat(action.getReportHtml(0)).contains("id=\"finding-gpu-underused\"");
    }

    @Test
    void aConnectionWithARegionLinksTheBuildPageAndTheReportToTheConsole() throws Exception {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setWait(true);
        step.setRegion("cn-north-4");
        FakeStepContext context = h.newContext();
        step.start(context).start();
        context.await(WAIT);
        ModelArtsBuildAction action = context.run().getAction(ModelArtsBuildAction.class);
        TrainingRecord record = action.getRecords().get(0);
        assertThat(record.getConsoleUrl()).startsWith("https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/")
                .contains("jobId=" + record.getJob().jobId());
        assertThat(action.getReportHtml(0)).contains(">Open in the ModelArts console</a>");
    }

    @Test
    void aBalancedJobHasNoFindingsAndPassesTheRule() throws Exception {
        FakeStepContext context = trained("balanced", List.of("finding:warning == 0"));
        assertThat(context.log()).doesNotContain("finding gpu").contains("ModelArts release gate: PASS");
        TrainingRecord record = context.run().getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getFindings()).isZero();
        assertThat(record.getGateOutcome()).isEqualTo("PASS");
    }
}
