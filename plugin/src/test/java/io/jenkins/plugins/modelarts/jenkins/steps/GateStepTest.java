package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeArtifacts;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsTrendActionFactory;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The release gate matrix: pass, fail, unstable, missing metric, baseline better or worse, no baseline yet. */
class GateStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
    }

    /** Trains (and waits for) a job whose total accuracy is {@code accuracy}, in {@code run}. */
    private Map<String, Object> trained(FakeRun run, double accuracy) throws Exception {
        return trained(run, Map.of(JobScript.ACCURACY, String.valueOf(accuracy)));
    }

    /** Trains a job that reports accuracy 0.9 and classes cat and dog, recall and precision 0.9 each but cat's recall. */
    private Map<String, Object> trainedWithCatRecall(FakeRun run, double catRecall) throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics("{\"metric\":["
                + "{\"metric_values\":{\"recall\":" + catRecall + ",\"precision\":0.9},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}},"
                + "{\"metric_values\":{\"recall\":0.9,\"precision\":0.9},\"metric_meta\":{\"class_name\":\"dog\",\"class_id\":1}}],"
                + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.9,\"id\":0}}}"));
        return trained(run, Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> trained(FakeRun run, Map<String, String> parameters) throws Exception {
        TrainStep step = TrainStepTest.train(parameters);
        step.setWait(true);
        step.setArchiveLogs(false);
        FakeStepContext context = new FakeStepContext(run);
        step.start(context).start();
        return (Map<String, Object>) context.await(WAIT);
    }

    private static GateStep gate(Map<String, Object> job, String... rules) {
        GateStep step = new GateStep((String) job.get("jobId"));
        step.setVersionId((Long) job.get("versionId"));
        step.setRequire(List.of(rules));
        return step;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gateOf(Object value) {
        return (Map<String, Object>) ((Map<String, Object>) value).get("gate");
    }

    @Test
    void aJobThatMeetsEveryRulePassesAndTheVerdictIsPublished() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.95);
        FakeStepContext context = new FakeStepContext(run);

        gate(job, "accuracy >= 0.9", "accuracy < 1").start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "PASS").containsEntry("passed", true);
        assertThat((String) gate.get("junitXml")).contains("<testsuite").contains("failures=\"0\"");
        TrainingRecord record = run.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getGateOutcome()).isEqualTo("PASS");
        Path junit = FakeArtifacts.archiveOf(run).resolve("modelarts/" + record.getReportDir() + "/gate-junit.xml");
        assertThat(Files.readString(junit, StandardCharsets.UTF_8)).contains("accuracy &gt;= 0.9");
        assertThat(context.result()).isNull();
    }

    @Test
    void aFailedRuleFailsTheBuildAndSaysWhichRuleAndValue() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.85);
        FakeStepContext context = new FakeStepContext(run);

        gate(job, "accuracy >= 0.9").start(context).start();

        assertThat(context.awaitFailure(WAIT)).isInstanceOf(AbortException.class)
                .hasMessageContaining("release gate failed").hasMessageContaining("accuracy >= 0.9").hasMessageContaining("0.85");
        assertThat(run.getAction(ModelArtsBuildAction.class).getRecords().get(0).getGateOutcome()).isEqualTo("FAILURE");
    }

    @Test
    void aFailedRuleCanOnlyMarkTheBuildUnstable() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.85);
        GateStep step = gate(job, "accuracy >= 0.9");
        step.setUnstableOnGateFailure(true);
        FakeStepContext context = new FakeStepContext(run);

        step.start(context).start();

        assertThat(gateOf(context.await(WAIT))).containsEntry("outcome", "UNSTABLE");
        assertThat(context.result()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void anOverriddenFailedGateLetsTheBuildSucceedAndRecordsWhoAndWhy() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.85);
        GateStep step = gate(job, "accuracy >= 0.9");
        step.setOverrideReason("relabelled test set <b>expected</b>");
        step.setOverrideBy("alice");
        FakeStepContext context = new FakeStepContext(run);

        step.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "OVERRIDDEN").containsEntry("passed", false)
                .containsEntry("override", Map.of("reason", "relabelled test set <b>expected</b>", "by", "alice"));
        assertThat(context.result()).isNull();
        assertThat((String) gate.get("junitXml")).contains("<skipped message=\"failed; overridden by alice")
                .doesNotContain("<failure");
        TrainingRecord record = run.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getGateOutcome()).isEqualTo("OVERRIDDEN");
        assertThat(record.getOverrideReason()).isEqualTo("relabelled test set <b>expected</b>");
        assertThat(record.getOverriddenBy()).isEqualTo("alice");
        Path dir = FakeArtifacts.archiveOf(run).resolve("modelarts/" + record.getReportDir());
        assertThat(Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("Gate failed — overridden by alice: relabelled test set &lt;b&gt;expected&lt;/b&gt;");
        assertThat(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8)).contains("\"OVERRIDDEN\"");
        assertThat(context.log()).contains("release gate failed but was overridden by alice: relabelled test set");
    }

    @Test
    void anOverrideWithoutANameRecordsTheBuildsCauses() throws Exception {
        FakeRun run = h.newRun().causedBy("Started by user bob").causedBy("Started by timer");
        Map<String, Object> job = trained(run, 0.85);
        GateStep step = gate(job, "accuracy >= 0.9");
        step.setUnstableOnGateFailure(true);
        step.setOverrideReason("hotfix");
        FakeStepContext context = new FakeStepContext(run);

        step.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "OVERRIDDEN")
                .containsEntry("override", Map.of("reason", "hotfix", "by", "Started by user bob; Started by timer"));
        assertThat(context.result()).isNull();
    }

    @Test
    void anOverrideOfAGateThatPassesIsNotUsed() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.95);
        GateStep step = gate(job, "accuracy >= 0.9");
        step.setOverrideReason("just in case");
        FakeStepContext context = new FakeStepContext(run);

        step.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "PASS").doesNotContainKey("override");
        TrainingRecord record = run.getAction(ModelArtsBuildAction.class).getRecords().get(0);
        assertThat(record.getOverrideReason()).as("an unused override is not recorded").isNull();
        assertThat(record.getOverriddenBy()).isNull();
        assertThat(gate.get("notes").toString()).contains("was not used");
    }

    @Test
    void aMetricTheJobDidNotReportFailsItsRule() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.95);
        FakeStepContext context = new FakeStepContext(run);

        gate(job, "bleu >= 0.5").start(context).start();

        assertThat(context.awaitFailure(WAIT)).hasMessageContaining("bleu").hasMessageContaining("not reported");
    }

    @Test
    void withoutABaselineYetTheFirstBuildPassesWithANote() throws Exception {
        FakeRun run = h.newRun();
        Map<String, Object> job = trained(run, 0.95);
        GateStep step = gate(job);
        step.setBaseline("lastSuccessfulBuild");
        FakeStepContext context = new FakeStepContext(run);

        step.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "PASS");
        assertThat(gate.get("notes").toString()).contains("no baseline yet");
    }

    @Test
    void aModelWorseThanTheLastSuccessfulBuildBeyondTheAllowedRegressionFails() throws Exception {
        FakeRun first = h.newRun();
        trained(first, 0.95);
        first.finish(Result.SUCCESS);
        FakeRun second = h.newRun();
        Map<String, Object> job = trained(second, 0.90);
        GateStep step = gate(job);
        step.setBaseline("lastSuccessfulBuild");
        step.setMaxRegression(0.01);
        FakeStepContext context = new FakeStepContext(second);

        step.start(context).start();

        assertThat(context.awaitFailure(WAIT)).hasMessageContaining("release gate failed").hasMessageContaining("build #1");
    }

    @Test
    void aModelAsGoodAsTheBaselineWithinTheAllowedRegressionPasses() throws Exception {
        FakeRun first = h.newRun();
        trained(first, 0.95);
        first.finish(Result.SUCCESS);
        FakeRun failedBuild = h.newRun();
        trained(failedBuild, 0.99);
        failedBuild.finish(Result.FAILURE); // never a baseline
        FakeRun third = h.newRun();
        Map<String, Object> job = trained(third, 0.945);
        GateStep step = gate(job, "accuracy >= 0.9");
        step.setBaseline("lastSuccessfulBuild");
        step.setMaxRegression(0.01);
        FakeStepContext context = new FakeStepContext(third);

        step.start(context).start();

        assertThat(gateOf(context.await(WAIT))).containsEntry("outcome", "PASS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withMaxClassRegressionAClassThatCollapsesFailsAlthoughTheTotalsHold() throws Exception {
        FakeRun first = h.newRun();
        trainedWithCatRecall(first, 0.9);
        first.finish(Result.SUCCESS);
        FakeRun second = h.newRun();
        Map<String, Object> job = trainedWithCatRecall(second, 0.4);

        GateStep totalsOnly = gate(job);
        totalsOnly.setBaseline("lastSuccessfulBuild");
        FakeStepContext before = new FakeStepContext(second);
        totalsOnly.start(before).start();
        assertThat(gateOf(before.await(WAIT))).as("off by default").containsEntry("outcome", "PASS");

        GateStep perClass = gate(job);
        perClass.setBaseline("lastSuccessfulBuild");
        perClass.setMaxClassRegression(0.05);
        perClass.setUnstableOnGateFailure(true);
        FakeStepContext context = new FakeStepContext(second);
        perClass.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "UNSTABLE");
        assertThat(gate.get("summary")).isEqualTo("UNSTABLE: 1 of 5 rules failed: recall[cat] is 0.4, baseline 0.9 (build #1),"
                + " allowed drop 0.05: a regression");
        assertThat((List<Map<String, Object>>) gate.get("rules")).extracting(r -> r.get("name")).containsExactly(
                "accuracy vs baseline", "precision[cat] vs baseline", "recall[cat] vs baseline", "precision[dog] vs baseline",
                "recall[dog] vs baseline");
        assertThat((String) gate.get("junitXml")).contains("tests=\"5\" failures=\"1\"")
                .contains("name=\"recall[cat] vs baseline\">").contains("name=\"precision[dog] vs baseline\"/>");
        assertThat(context.result()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPreviousBuildWithOnlyPerClassMetricsIsTheBaselineWhenClassesAreCompared() throws Exception {
        FakeRun first = h.newRun();
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics("{\"metric\":["
                + "{\"metric_values\":{\"recall\":0.9},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}}]}"));
        trained(first, Map.of());
        first.finish(Result.SUCCESS);
        FakeRun second = h.newRun();
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics("{\"metric\":["
                + "{\"metric_values\":{\"recall\":0.5},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}}]}"));
        Map<String, Object> job = trained(second, Map.of());

        GateStep totalsOnly = gate(job);
        totalsOnly.setBaseline("lastSuccessfulBuild");
        totalsOnly.setUnstableOnGateFailure(true);
        FakeStepContext before = new FakeStepContext(second);
        totalsOnly.start(before).start();
        assertThat((List<String>) gateOf(before.await(WAIT)).get("notes")).as("no totals: not a baseline for totals")
                .anyMatch(n -> n.contains("no baseline yet (lastSuccessfulBuild)"));

        GateStep perClass = gate(job);
        perClass.setBaseline("lastSuccessfulBuild");
        perClass.setMaxClassRegression(0.05);
        perClass.setUnstableOnGateFailure(true);
        FakeStepContext context = new FakeStepContext(second);
        perClass.start(context).start();
        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "UNSTABLE");
        assertThat((List<Map<String, Object>>) gate.get("rules")).extracting(r -> r.get("name"))
                .containsExactly("recall[cat] vs baseline");
    }

    @Test
    void modelartsTrainGatesEachClassAgainstTheBaselineWhenItWaits() throws Exception {
        FakeRun first = h.newRun();
        trainedWithCatRecall(first, 0.9);
        first.finish(Result.SUCCESS);
        FakeRun second = h.newRun();
        TrainStep step = TrainStepTest.train(Map.of());
        step.setWait(true);
        step.setArchiveLogs(false);
        step.setBaseline("lastSuccessfulBuild");
        step.setMaxClassRegression(0.1);
        step.setUnstableOnGateFailure(true);
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics("{\"metric\":["
                + "{\"metric_values\":{\"recall\":0.9,\"precision\":0.9},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}},"
                + "{\"metric_values\":{\"recall\":0.7,\"precision\":0.9},\"metric_meta\":{\"class_name\":\"dog\",\"class_id\":1}}],"
                + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.9,\"id\":0}}}"));
        FakeStepContext context = new FakeStepContext(second);

        step.start(context).start();

        Map<String, Object> gate = gateOf(context.await(WAIT));
        assertThat(gate).containsEntry("outcome", "UNSTABLE");
        assertThat((String) gate.get("summary")).startsWith("UNSTABLE: 1 of 5 rules failed: recall[dog] is 0.7, baseline 0.9 (build #1)");
    }

    @Test
    void aNegativeMaxClassRegressionIsRefusedBeforeAnythingIsSent() {
        GateStep step = new GateStep("10");
        step.setBaseline("10:2");
        step.setMaxClassRegression(-0.1);
        int before = h.emulator.journal().size();
        assertThatThrownBy(() -> step.start(h.newContext()))
                .isInstanceOf(AbortException.class).hasMessageContaining("maxClassRegression must be zero or more, got -0.1");
        assertThat(h.emulator.journal().size()).isEqualTo(before);
    }

    @Test
    void aJobThatHasNotEndedCannotBeGated() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        FakeRun run = h.newRun();
        FakeStepContext submit = new FakeStepContext(run);
        TrainStepTest.train(Map.of()).start(submit).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> job = (Map<String, Object>) submit.await(WAIT);
        FakeStepContext context = new FakeStepContext(run);

        gate(job, "accuracy >= 0.9").start(context).start();

        assertThat(context.awaitFailure(WAIT)).isInstanceOf(AbortException.class).hasMessageContaining("has not ended");
    }

    @Test
    void aGateWithNothingToCheckIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new GateStep("10").start(h.newContext()))
                .isInstanceOf(AbortException.class).hasMessageContaining("nothing to check");
    }

    @Test
    void theProjectTrendShowsEachBuildsTotals() throws Exception {
        FakeRun first = h.newRun();
        trained(first, 0.91);
        FakeRun second = h.newRun();
        trained(second, 0.94);

        var projectAction = (io.jenkins.plugins.modelarts.jenkins.report.ModelArtsProjectAction)
                new ModelArtsTrendActionFactory().createFor(h.job).iterator().next();

        assertThat(projectAction.getTrend().points()).extracting(p -> p.label()).containsExactly("#1", "#2");
        assertThat(projectAction.getTrendSvg()).startsWith("<svg").contains("accuracy");
        assertThat(projectAction.getTrendTable()).contains("#2");
    }

    @Test
    void theTrendStaysOnTheJobWhenTheLastBuildFailedItsGate() throws Exception {
        trained(h.newRun(), 0.95);
        FakeRun failed = h.newRun();
        Map<String, Object> job = trained(failed, 0.85);
        FakeStepContext context = new FakeStepContext(failed);
        gate(job, "accuracy >= 0.9").start(context).start();
        assertThat(context.awaitFailure(WAIT)).isInstanceOf(AbortException.class);
        failed.setResult(Result.FAILURE); // what Jenkins records for the failed step

        var actions = new ModelArtsTrendActionFactory().createFor(h.job);

        assertThat(actions).hasSize(1);
        var trend = ((io.jenkins.plugins.modelarts.jenkins.report.ModelArtsProjectAction) actions.iterator().next()).getTrend();
        assertThat(trend.points()).extracting(p -> p.label()).containsExactly("#1", "#2");
    }
}
