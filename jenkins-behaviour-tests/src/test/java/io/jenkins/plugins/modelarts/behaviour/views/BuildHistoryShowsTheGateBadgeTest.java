package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build action's {@code badge.jelly}, rendered with the real Jelly and JEXL as core's build history includes it
 * ({@code it} the action, {@code rootURL} set): for {@link TrainedBuilds}' #1 (overridden by alice), #2 (failed) and
 * #3 (passed) a link to the build's ModelArts page with the outcome, its tooltip and core's icon; nothing for a build
 * that trained without a gate; an override reason with markup escaped.
 */
class BuildHistoryShowsTheGateBadgeTest {
    private final ViewEvaluator evaluator = new ViewEvaluator(PluginViews.ofPlugin());

    @TempDir
    Path jobDir;

    private ViewRecording render(ModelArtsBuildAction action) {
        Page page = Pages.badgePage(action);
        return evaluator.evaluate(page.view(), page.variables());
    }

    private static String html(ViewRecording recording) {
        return recording.output().replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Object> icon(ViewRecording recording) {
        List<RecordedTag> icons = recording.tags(CapturingTagLibrary.LAYOUT, "icon");
        assertThat(icons).hasSize(1);
        return icons.get(0).attributes();
    }

    @Test
    void aPassedGateIsACheckLinkedToTheBuildsModelArtsPage() throws Exception {
        ViewRecording badge = render(new TrainedBuilds(jobDir).action(3));

        assertThat(html(badge)).startsWith("<a ").endsWith("</a>") // attributes in the writer's order
                .contains("href=\"/jenkins/job/resnet-training/3/modelarts/\"", "class=\"modelarts-gate-badge\"",
                        "data-gate-outcome=\"PASS\"", "tooltip=\"resnet V0003: gate PASS\"", "data-tooltip-append-to-parent=\"true\"");
        assertThat(icon(badge)).containsEntry("src", "symbol-check")
                .containsEntry("class", "icon-sm jenkins-!-success-color")
                .containsEntry("alt", "gate PASS");
    }

    @Test
    void aFailedGateIsAnErrorIcon() throws Exception {
        ViewRecording badge = render(new TrainedBuilds(jobDir).action(2));

        assertThat(html(badge)).contains("href=\"/jenkins/job/resnet-training/2/modelarts/\"")
                .contains("data-gate-outcome=\"FAILURE\"").contains("tooltip=\"resnet V0003: gate FAILURE\"");
        assertThat(icon(badge)).containsEntry("src", "symbol-close-circle")
                .containsEntry("class", "icon-sm jenkins-!-error-color")
                .containsEntry("alt", "gate FAILURE");
    }

    @Test
    void anOverriddenGateSaysWhoAndWhy() throws Exception {
        ViewRecording badge = render(new TrainedBuilds(jobDir).action(1));

        assertThat(html(badge)).contains("data-gate-outcome=\"OVERRIDDEN\"")
                .contains("tooltip=\"resnet V0003: gate OVERRIDDEN by alice: relabelled test set\"");
        assertThat(icon(badge)).containsEntry("src", "symbol-person")
                .containsEntry("alt", "gate OVERRIDDEN by alice: relabelled test set");
    }

    @Test
    void anOverrideReasonWithMarkupIsEscapedInTheTooltip() throws Exception {
        ViewRecording badge = render(new TrainedBuilds(jobDir, "<script>alert(\"x\")</script>").action(1));

        assertThat(html(badge)).contains("tooltip=\"resnet V0003: gate OVERRIDDEN by alice: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\"")
                .doesNotContain("<script");
    }

    @Test
    void severalGatedJobsShowTheWorstAndListEachInTheTooltip() throws Exception {
        ModelArtsBuildAction action = new TrainedBuilds(jobDir).action(3);
        TrainingRecord failed = new TrainingRecord(JobRef.v1(11, 1).toString(), "bert", "V0001", "Completed", "COMPLETED",
                60_000L, Map.of(), "FAILURE", "FAILURE: 1 of 1 rule failed", "11-v1", JobRef.v1(11, 1));
        action.add(failed);

        ViewRecording badge = render(action);

        assertThat(html(badge)).contains("data-gate-outcome=\"FAILURE\"")
                .contains("tooltip=\"resnet V0003: gate PASS\\nbert V0001: gate FAILURE\"");
        assertThat(icon(badge)).containsEntry("alt", "gate FAILURE");
    }

    @Test
    void aBuildThatTrainedWithoutAGateHasNoBadge() throws Exception {
        FakeRun run = new FakeRun(new FakeJob("no-gate"), 1, jobDir);
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        action.add(new TrainingRecord(JobRef.v1(10, 3).toString(), "resnet", "V0003", "Completed", "COMPLETED", 60_000L,
                Map.of("accuracy", 0.9), null, null, "10-v3", JobRef.v1(10, 3)));
        run.addAction(action);

        ViewRecording badge = render(action);

        assertThat(html(badge)).isEmpty();
        assertThat(badge.tags(CapturingTagLibrary.LAYOUT, "icon")).isEmpty();
    }
}
