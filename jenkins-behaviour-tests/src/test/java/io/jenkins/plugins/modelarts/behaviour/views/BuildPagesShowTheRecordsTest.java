package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build page's summary, the build action's page, the project action's page and the job page's floating box
 * show a populated record: every {@code ${...}} and every property path in one resolves (JEXL sees
 * {@code getX()}/{@code isX()}, not a record-style {@code x()}), and the rendered page holds the values.
 */
class BuildPagesShowTheRecordsTest {
    private final PluginViews views = PluginViews.ofPlugin();
    private final ViewEvaluator evaluator = new ViewEvaluator(views);
    private final Map<String, ViewRecording> rendered = new java.util.LinkedHashMap<>();

    @TempDir
    Path jobDir;

    @BeforeEach
    void renderThePages() throws Exception {
        for (Page page : new Pages(views).buildAndProjectPages(new TrainedBuilds(jobDir))) {
            rendered.put(PluginViews.pageName(page.view()).equals("index.jelly") ? page.view() : PluginViews.pageName(page.view()),
                    evaluator.evaluate(page.view(), page.variables()));
        }
    }

    @Test
    void everyExpressionAndPropertyPathOnTheBuildAndProjectPagesResolves() {
        List<String> unresolved = new ArrayList<>();
        for (ViewRecording recording : rendered.values()) {
            for (RecordedExpression expression : recording.expressions()) {
                if (expression.value() == null) {
                    unresolved.add(expression.view().substring(expression.view().lastIndexOf("report/") + 7)
                            + ": ${" + expression.text() + "} is null");
                }
            }
        }
        assertThat(unresolved).as("expressions that resolve to null with a populated record").isEmpty();
    }

    @Test
    void thePagesShowStatusTotalsGateReportLinkAndTrend() {
        List<String> problems = new ArrayList<>();
        String summary = text("summary.jelly");
        expect(problems, "summary.jelly", summary, "resnet V0003: " + TrainedBuilds.STATUS);
        expect(problems, "summary.jelly", summary, "accuracy 0.93");
        expect(problems, "summary.jelly", summary, "gate " + TrainedBuilds.GATE_OUTCOME);
        expect(problems, "summary.jelly", summary, "2 efficiency finding(s)");
        expect(problems, "summary.jelly", summary, "open in the ModelArts console");

        String action = text(PluginViews.folderOf(io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction.class) + "/index.jelly");
        expect(problems, "build action index.jelly", action, TrainedBuilds.JOB + " ended " + TrainedBuilds.STATUS);
        expect(problems, "build action index.jelly", action,
                "release gate " + TrainedBuilds.GATE_OUTCOME + ": " + TrainedBuilds.GATE_SUMMARY);
        expect(problems, "build action index.jelly", action,
                "href=\"../artifact/modelarts/" + TrainedBuilds.REPORT_DIR + "/report.json\"");
        if (action.contains("../artifact/modelarts//report.json")) {
            problems.add("build action index.jelly: the report link has no report folder: ../artifact/modelarts//report.json");
        }
        expect(problems, "build action index.jelly", action, "accuracy 0.93"); // the stored report, in srcdoc

        String project = text(PluginViews.folderOf(io.jenkins.plugins.modelarts.jenkins.report.ModelArtsProjectAction.class) + "/index.jelly");
        expect(problems, "project action index.jelly", project, "<svg");
        expect(problems, "project action index.jelly", project, "<table");
        expect(problems, "floatingBox.jelly (it is the job, from the action)", text("floatingBox.jelly"), "<svg");
        assertThat(problems).as("what the pages fail to show").isEmpty();
    }

    private String text(String key) {
        return rendered.get(key).output().replaceAll("\\s+", " ");
    }

    private static void expect(List<String> problems, String page, String html, String expected) {
        if (!html.contains(expected)) {
            problems.add(page + ": lacks \"" + expected + "\" in: " + abbreviate(html));
        }
    }

    private static String abbreviate(String html) {
        return html.length() <= 300 ? html : html.substring(0, 300) + "...";
    }
}
