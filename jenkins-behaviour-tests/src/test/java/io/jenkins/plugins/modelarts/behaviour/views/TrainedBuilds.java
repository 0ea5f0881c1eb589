package io.jenkins.plugins.modelarts.behaviour.views;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.report.BuildReports;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsProjectAction;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsTrendActionFactory;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import hudson.model.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A job with two finished builds that each trained a ModelArts job and ran its release gate: the records are
 * what {@link BuildReports#publish} stores (the job's ref as text, its report folder {@code 10-v3}, the gate's
 * outcome and summary), and the HTML report lies where the action page reads it.
 */
final class TrainedBuilds {
    static final JobRef JOB = JobRef.v1(10, 3);
    static final String REPORT_DIR = BuildReports.dirName(JOB);
    static final String STATUS = "Completed";
    static final String GATE_OUTCOME = "PASS";
    static final String GATE_SUMMARY = "2 of 2 rules passed";

    final FakeJob job = new FakeJob("resnet-training");
    final FakeRun lastBuild;
    final ModelArtsBuildAction buildAction;
    final ModelArtsProjectAction projectAction;

    TrainedBuilds(Path jobDir) throws IOException {
        trainedBuild(jobDir, 1, 0.91);
        lastBuild = trainedBuild(jobDir, 2, 0.93);
        buildAction = lastBuild.getAction(ModelArtsBuildAction.class);
        projectAction = (ModelArtsProjectAction) new ModelArtsTrendActionFactory().createFor(job).iterator().next();
    }

    static final String CONSOLE_URL =
            "https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/trainingJobDetail?jobId=10&versionId=3";

    private FakeRun trainedBuild(Path jobDir, int number, double accuracy) throws IOException {
        FakeRun run = new FakeRun(job, number, jobDir);
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        TrainingRecord record = new TrainingRecord(JOB.toString(), "resnet", "V0003", STATUS, "COMPLETED", 360_000L,
                Map.of("accuracy", accuracy, "loss", 0.12), GATE_OUTCOME, GATE_SUMMARY, REPORT_DIR, JOB);
        record.setConsoleUrl(CONSOLE_URL);
        record.setFindings(2);
        action.add(record);
        run.addAction(action);
        Path report = run.getRootDir().toPath().resolve(BuildReports.FOLDER).resolve(REPORT_DIR);
        Files.createDirectories(report);
        Files.writeString(report.resolve(BuildReports.HTML_FILE), "<html><body>accuracy " + accuracy + "</body></html>",
                StandardCharsets.UTF_8);
        run.finish(Result.SUCCESS);
        return run;
    }
}
