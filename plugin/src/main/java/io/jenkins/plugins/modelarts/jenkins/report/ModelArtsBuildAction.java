package io.jenkins.plugins.modelarts.jenkins.report;

import hudson.model.BuildBadgeAction;
import hudson.model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;

/**
 * "ModelArts training" in a build's side panel: the report of every training job the build waited
 * for (summary on the build page, the full report with charts on the action's page). The job's trend
 * comes from {@link ModelArtsTrendActionFactory}.
 *
 * <p>It is also the build's badge in the build history ({@code badge.jelly}: the {@link GateBadge} of its records,
 * nothing when none was gated). The action itself is the badge, rather than a second action added with a gate,
 * because a {@link BuildBadgeAction} is only a marker for core's {@code Run.getBadgeActions()}: the side-panel entry,
 * URL and build.xml stay as they were, older builds get their badge without a migration, and a re-run gate cannot
 * leave a stale second action behind.
 */
public class ModelArtsBuildAction implements RunAction2, BuildBadgeAction {
    public static final String URL_NAME = "modelarts";

    private final List<TrainingRecord> records = new CopyOnWriteArrayList<>();
    private transient Run<?, ?> run;

    @Override
    public String getIconFileName() {
        return "/plugin/modelarts/images/modelarts.svg";
    }

    @Override
    public String getDisplayName() {
        return "ModelArts training";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** A build.xml written without the list (hand-edited, or by a later version that moved it) still loads. */
    protected Object readResolve() {
        return records == null ? new ModelArtsBuildAction() : this;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** The jobs' records in the order the build finished them. */
    public List<TrainingRecord> getRecords() {
        return new ArrayList<>(records);
    }

    /** The build history's badge: the worst gate of the records, or null when none was gated (no badge). */
    public GateBadge getGateBadge() {
        return GateBadge.of(getRecords());
    }

    /** Adds a job's record, replacing an earlier one of the same job (a re-run gate, say). */
    public void add(TrainingRecord record) {
        records.removeIf(r -> r.getRef().equals(record.getRef()));
        records.add(record);
    }

    /**
     * The stored HTML report of the record at {@code index}, for the action page's sandboxed
     * {@code iframe srcdoc} (Jelly escapes it as an attribute value; the sandbox allows no scripts).
     */
    public String getReportHtml(int index) throws IOException {
        if (run == null || index < 0 || index >= records.size()) {
            return "";
        }
        Path file = BuildReports.reportDir(run, records.get(index).getReportDir()).resolve(BuildReports.HTML_FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
