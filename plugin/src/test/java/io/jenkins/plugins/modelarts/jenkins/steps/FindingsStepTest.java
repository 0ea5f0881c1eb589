package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Efficiency findings through modelartsTrain: the build log, the build record, the report and the gate. */
class FindingsStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    private FakeStepContext trained(String profile, List<String> require) throws Exception {
        return trained(profile, require, List.of());
    }

    private FakeStepContext trained(String profile, List<String> require, List<String> thresholds) throws Exception {
        TrainStep step = TrainStepTest.train(Map.of(JobScript.SYSTEM_METRICS, profile, JobScript.STATUS_READS, "8"));
        step.setWait(true);
        step.setPollInterval(1);
        step.setRequire(require);
        step.setFindingThresholds(thresholds);
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

    @Test
    void tunedThresholdsDecideTheFindingsTheRulesSee() throws Exception {
        FakeStepContext context = trained("gpu-underused", List.of("finding:gpu-underused == 0"),
                List.of("gpu_underused_percent=5")); // the profile's GPU is 6-18 %: not under 5 %
        assertThat(context.log()).doesNotContain("finding gpu-underused").contains("ModelArts release gate: PASS");
        assertThat(context.run().getAction(ModelArtsBuildAction.class).getRecords().get(0).getFindings()).isZero();
    }

    @Test
    void tunedThresholdsApplyToTheReportWithoutAGate() throws Exception {
        FakeStepContext context = trained("balanced", List.of(), List.of("gpu_underused_percent=99", "gpu_underused_share=0.1"));
        assertThat(context.log()).contains("finding gpu-underused (warning)").doesNotContain("release gate");
        ModelArtsBuildAction action = context.run().getAction(ModelArtsBuildAction.class);
        assertThat(action.getRecords().get(0).getFindings()).isEqualTo(1);
        assertThat(action.getReportHtml(0)).contains("id=\"finding-gpu-underused\"");
    }

    @Test
    void anUnknownOrBadThresholdIsRefusedBeforeAnythingIsSent() {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setWait(true);
        step.setFindingThresholds(List.of("gpu_idle_percent=5", "queued_minutes=soon"));
        assertThatThrownBy(() -> step.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("unknown finding threshold 'gpu_idle_percent'")
                .hasMessageContaining("queued_minutes must be a number");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void aPipelineMayGiveTheThresholdsAsAMapOrOneString() {
        ModelArtsStepDescriptor descriptor = new TrainStep.DescriptorImpl();
        assertThat(descriptor.customInstantiate(Map.of("findingThresholds", Map.of("queued_minutes", 30))))
                .containsEntry("findingThresholds", List.of("queued_minutes=30"));
        assertThat(descriptor.customInstantiate(Map.of("findingThresholds", "queued_minutes=30\nduration_ratio=3")))
                .containsEntry("findingThresholds", List.of("queued_minutes=30", "duration_ratio=3"));
    }
}
