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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A job with three finished builds that each trained a ModelArts job and ran its release gate: #1 overridden (reason
 * {@link #OVERRIDE_REASON} unless given, by {@link #OVERRIDDEN_BY}) and SUCCESS, #2 FAILURE, #3 PASS and SUCCESS, an
 * hour apart, each ten minutes long. The records are what {@link BuildReports#publish} stores (the job's ref as text,
 * its report folder {@code 10-v3}, the gate's outcome and summary, the override), and the HTML report lies where the
 * action page reads it.
 */
final class TrainedBuilds {
    static final JobRef JOB = JobRef.v1(10, 3);
    static final String REPORT_DIR = BuildReports.dirName(JOB);
    static final String STATUS = "Completed";
    static final String GATE_OUTCOME = "PASS";
    static final String GATE_SUMMARY = "2 of 2 rules passed";
    static final String OVERRIDE_REASON = "relabelled test set";
    static final String OVERRIDDEN_BY = "alice";
    /** When build #1 started; #2 and #3 start an hour later each, and each takes ten minutes. */
    static final Instant FIRST_START = Instant.parse("2024-05-01T10:00:00Z");
    /** After #2 (FAILURE) finished, before #3 finished: the model of #1 was the one released. */
    static final String AT = "2024-05-01T12:00:00Z";

    final FakeJob job = new FakeJob("resnet-training");
    /** #1, #2 and #3, in that order. */
    final java.util.List<FakeRun> builds = new java.util.ArrayList<>();
    final FakeRun lastBuild;
    final ModelArtsBuildAction buildAction;
    final ModelArtsProjectAction projectAction;

    TrainedBuilds(Path jobDir) throws IOException {
        this(jobDir, OVERRIDE_REASON);
    }

    TrainedBuilds(Path jobDir, String overrideReason) throws IOException {
        trainedBuild(jobDir, 1, 0.85, "OVERRIDDEN", overrideReason, Result.SUCCESS);
        trainedBuild(jobDir, 2, 0.80, "FAILURE", null, Result.FAILURE);
        lastBuild = trainedBuild(jobDir, 3, 0.93, GATE_OUTCOME, null, Result.SUCCESS);
        buildAction = lastBuild.getAction(ModelArtsBuildAction.class);
        projectAction = (ModelArtsProjectAction) new ModelArtsTrendActionFactory().createFor(job).iterator().next();
    }

    /** The ModelArts action of build {@code number} (1 to 3). */
    ModelArtsBuildAction action(int number) {
        return builds.get(number - 1).getAction(ModelArtsBuildAction.class);
    }

    static final String CONSOLE_URL =
            "https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/trainingJobDetail?jobId=10&versionId=3";

    private FakeRun trainedBuild(Path jobDir, int number, double accuracy, String outcome, String overrideReason, Result result)
            throws IOException {
        FakeRun run = new FakeRun(job, number, jobDir)
                .timed(FIRST_START.plus(Duration.ofHours(number - 1)).toEpochMilli(), Duration.ofMinutes(10).toMillis());
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        String summary = outcome.equals(GATE_OUTCOME) ? GATE_SUMMARY : outcome + ": 1 of 2 rules failed: accuracy >= 0.9 (" + accuracy + ")";
        TrainingRecord record = new TrainingRecord(JOB.toString(), "resnet", "V0003", STATUS, "COMPLETED", 360_000L,
                Map.of("accuracy", accuracy, "loss", 0.12), outcome, summary, REPORT_DIR, JOB);
        if (overrideReason != null) {
            record.setOverride(overrideReason, OVERRIDDEN_BY);
        }
        record.setConsoleUrl(CONSOLE_URL);
        record.setFindings(2);
        action.add(record);
        run.addAction(action);
        Path report = run.getRootDir().toPath().resolve(BuildReports.FOLDER).resolve(REPORT_DIR);
        Files.createDirectories(report);
        Files.writeString(report.resolve(BuildReports.HTML_FILE), "<html><body>accuracy " + accuracy + "</body></html>",
                StandardCharsets.UTF_8);
        run.finish(result);
        builds.add(run);
        return run;
    }
}
