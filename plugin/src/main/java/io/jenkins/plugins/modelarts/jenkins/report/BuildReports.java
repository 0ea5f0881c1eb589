package io.jenkins.plugins.modelarts.jenkins.report;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.gate.JUnitReport;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.report.JsonReportRenderer;
import io.jenkins.plugins.modelarts.core.report.ReportWriter;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a finished job's evidence with its build: the HTML and JSON report (and the gate's JUnit
 * XML) in the build's folder under {@value #FOLDER}, the same files as artifacts under
 * {@code modelarts/<job>/}, and a {@link TrainingRecord} in the build's {@link ModelArtsBuildAction}.
 */
public final class BuildReports {
    public static final String FOLDER = "modelarts";
    public static final String HTML_FILE = ReportWriter.HTML_FILE;
    public static final String JSON_FILE = ReportWriter.JSON_FILE;
    public static final String JUNIT_FILE = "gate-junit.xml";

    private final ArtifactArchiver artifacts;

    public BuildReports(ArtifactArchiver artifacts) {
        this.artifacts = artifacts;
    }

    /** Writes the files, archives them and records the job in the build's action. */
    public TrainingRecord publish(Run<?, ?> run, TrainingReport report, GateResult gate, TaskListener listener)
            throws IOException, InterruptedException {
        String dirName = dirName(report.ref());
        Path dir = reportDir(run, dirName);
        new ReportWriter().write(report, gate, dir);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FOLDER + "/" + dirName + "/" + JSON_FILE, JSON_FILE);
        files.put(FOLDER + "/" + dirName + "/" + HTML_FILE, HTML_FILE);
        if (gate != null) {
            Files.writeString(dir.resolve(JUNIT_FILE), junit(report, gate), StandardCharsets.UTF_8);
            files.put(FOLDER + "/" + dirName + "/" + JUNIT_FILE, JUNIT_FILE);
        }
        artifacts.archive(run, dir, files, listener);
        TrainingRecord record = new TrainingRecord(report.ref().toString(), report.name(), report.version(),
                report.statusName(), report.state().name(), report.durationMillis(), report.modelMetrics().totals(),
                gate == null ? null : gate.outcome().name(), gate == null ? null : gate.summary(), dirName, report.ref());
        if (report.link() != null && report.link().startsWith("https://console.huaweicloud.com/")) {
            record.setConsoleUrl(report.link());
        }
        record.setFindings(report.findings().size());
        if (gate != null && gate.override() != null) {
            record.setOverride(gate.override().reason(), gate.override().by());
        }
        synchronized (run) {
            ModelArtsBuildAction action = run.getAction(ModelArtsBuildAction.class);
            if (action == null) {
                action = new ModelArtsBuildAction();
                action.add(record);
                run.addAction(action);
            } else {
                action.add(record);
            }
            run.save();
        }
        return record;
    }

    /** The gate's JUnit XML, one test case per rule, in a suite named after the job. */
    public static String junit(TrainingReport report, GateResult gate) {
        return JUnitReport.toXml("modelarts.gate." + dirName(report.ref()), gate);
    }

    /** A previous build's stored report of its first job, for a "last successful build" baseline. */
    public static Optional<TrainingReport> firstReportOf(Run<?, ?> build) throws IOException {
        ModelArtsBuildAction action = build.getAction(ModelArtsBuildAction.class);
        if (action == null || action.getRecords().isEmpty()) {
            return Optional.empty();
        }
        Path json = reportDir(build, action.getRecords().get(0).getReportDir()).resolve(JSON_FILE);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        return Optional.of(new JsonReportRenderer().parse(Files.readString(json, StandardCharsets.UTF_8)));
    }

    static Path reportDir(Run<?, ?> run, String dirName) {
        return run.getRootDir().toPath().resolve(FOLDER).resolve(dirName);
    }

    /** {@code 10-v3} for v1 job 10 version 3, the id for a v2 job: safe as a file name. */
    public static String dirName(JobRef ref) {
        String name = ref.jobId() + (ref.versionId() == null ? "" : "-v" + ref.versionId());
        return name.replaceAll("[^A-Za-z0-9_.-]", "-");
    }
}
