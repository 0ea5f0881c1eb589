package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.findings.EfficiencyFindings;
import io.jenkins.plugins.modelarts.core.logs.LogLocation;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.core.findings.Finding;
import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import io.jenkins.plugins.modelarts.core.findings.JobPhases;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report shows about one training job run, independent of how it is shown. Build it
 * from a status read with {@link #from(JobSnapshot)}; render it with {@link HtmlReportRenderer} or
 * {@link JsonReportRenderer}, or write both with {@link ReportWriter}.
 *
 * <p>Only {@code ref}, {@code statusName} and {@code state} are required; every other field is null
 * when the API did not say (and lists are empty). {@link #notes()} says, in words for people, what
 * is missing or may be incomplete, for example {@code "no model metrics (v2 job)"}.
 *
 * @param ref which job (and v1 version) this is
 * @param name the job's name
 * @param version the v1 version name ({@code V0001}); null for v2 jobs
 * @param link a page about the job (a console or build URL) set by the front end; null for none
 * @param statusName the vendor's status, as {@link JobSnapshot#statusName()}
 * @param durationMillis running time in milliseconds
 * @param createdMillis creation time, epoch milliseconds
 * @param engine engine name and version, or the custom image
 * @param flavor the resource flavor or spec, with the node count when known
 * @param logUrl where the job's logs are (an OBS path: v1 {@code log_url}, v2 {@code spec.log_export_path.obs_url})
 * @param outputUrl where the job's outputs are (an OBS path)
 * @param failure why a failed v2 job failed ({@link JobFailure#of}); null when it did not fail or is a v1 job
 * @param startedMillis when the job started running, epoch milliseconds (queued before that)
 * @param baseline what the job is compared with (per-class deltas, running time), or null
 * @param findings the efficiency findings ({@link EfficiencyFindings}); null computes them with the
 *     default thresholds and the baseline's running time
 */
public record TrainingReport(
        JobRef ref,
        String name,
        String version,
        String link,
        String statusName,
        JobState state,
        Long durationMillis,
        Long createdMillis,
        String engine,
        String flavor,
        String logUrl,
        String outputUrl,
        ModelMetrics modelMetrics,
        SystemMetrics systemMetrics,
        List<String> notes,
        JobFailure failure,
        Long startedMillis,
        ReportBaseline baseline,
        List<Finding> findings) {

    static final String NO_V2_MODEL_METRICS = "no model metrics (v2 job)";
    static final String NO_V2_SYSTEM_METRICS = "no system metrics (v2 job)";

    public TrainingReport {
        Objects.requireNonNull(ref, "ref == null");
        Objects.requireNonNull(statusName, "statusName == null");
        Objects.requireNonNull(state, "state == null");
        modelMetrics = modelMetrics == null ? ModelMetrics.from(null) : modelMetrics;
        systemMetrics = systemMetrics == null ? SystemMetrics.from(null) : systemMetrics;
        notes = notes == null ? List.of() : List.copyOf(notes);
        findings = findings != null ? List.copyOf(findings) : EfficiencyFindings.of(systemMetrics,
                new JobPhases(createdMillis, startedMillis, durationMillis),
                baseline == null ? null : baseline.durationMillis(), FindingThresholds.defaults());
    }

    /** A report without start time or baseline, its findings from the default thresholds. */
    public TrainingReport(JobRef ref, String name, String version, String link, String statusName, JobState state,
            Long durationMillis, Long createdMillis, String engine, String flavor, String logUrl, String outputUrl,
            ModelMetrics modelMetrics, SystemMetrics systemMetrics, List<String> notes, JobFailure failure) {
        this(ref, name, version, link, statusName, state, durationMillis, createdMillis, engine, flavor, logUrl, outputUrl,
                modelMetrics, systemMetrics, notes, failure, null, null, null);
    }

    /** A report without a failure explanation. */
    public TrainingReport(JobRef ref, String name, String version, String link, String statusName, JobState state,
            Long durationMillis, Long createdMillis, String engine, String flavor, String logUrl, String outputUrl,
            ModelMetrics modelMetrics, SystemMetrics systemMetrics, List<String> notes) {
        this(ref, name, version, link, statusName, state, durationMillis, createdMillis, engine, flavor, logUrl, outputUrl,
                modelMetrics, systemMetrics, notes, null);
    }

    /** A report of what one status read said: v1 version details, v2 job details, or as little as the state. */
    public static TrainingReport from(JobSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot == null");
        List<String> notes = new ArrayList<>();
        if (!snapshot.isTerminal()) {
            notes.add("the job has not ended (" + snapshot.statusName() + "): metrics may be incomplete");
        }
        if (snapshot.detail() instanceof TrainingJobVersion v) {
            return fromV1(snapshot, v, notes);
        }
        if (snapshot.detail() instanceof TrainingJob j) {
            return fromV2(snapshot, j, notes);
        }
        notes.add("no job details were read");
        return new TrainingReport(snapshot.ref(), null, null, null, snapshot.statusName(), snapshot.state(),
                snapshot.durationMillis(), null, null, null, null, null, null, null, notes);
    }

    private static TrainingReport fromV1(JobSnapshot snapshot, TrainingJobVersion v, List<String> notes) {
        String flavor = join(", ", v.specCode() != null ? v.specCode() : v.specId() == null ? null : "spec " + v.specId(),
                v.workerServerNum() == null ? null : nodes(v.workerServerNum()));
        return new TrainingReport(snapshot.ref(), v.jobName(), v.versionName(), null, snapshot.statusName(),
                snapshot.state(), v.duration() != null ? v.duration() : snapshot.durationMillis(), positive(v.createTime()),
                join(" ", v.engineName(), v.engineVersion()), flavor, v.logUrl(), v.trainUrl(),
                ModelMetrics.from(v.modelMetricList()), SystemMetrics.from(v.systemMetricList()), notes, null,
                positive(v.startTime()), null, null);
    }

    private static TrainingReport fromV2(JobSnapshot snapshot, TrainingJob j, List<String> notes) {
        TrainingJob.Engine e = j.engine();
        String engine = e.engineName() != null ? join(" ", e.engineName(), e.engineVersion()) : e.imageUrl();
        TrainingJob.Resource r = j.resource();
        String flavor = join(", ", r.flavorName() != null ? r.flavorName() : r.flavorId(),
                r.nodeCount() == null ? null : nodes(r.nodeCount()));
        Long created = j.metadata() == null ? null : positive(j.metadata().createTime());
        String logUrl = LogLocation.of(j).map(ObsPath::toString).orElse(null); // spec.log_export_path, when set
        return new TrainingReport(snapshot.ref(), j.name(), null, null, snapshot.statusName(), snapshot.state(),
                snapshot.durationMillis(), created, engine, flavor, logUrl, null,
                new ModelMetrics(Map.of(), List.of(), List.of(NO_V2_MODEL_METRICS)),
                new SystemMetrics(Map.of(), null, List.of(NO_V2_SYSTEM_METRICS)), notes, JobFailure.of(j).orElse(null),
                j.status() == null ? null : positive(j.status().startTime()), null, null);
    }

    /** This report with a link to a page about the job (only http and https links are rendered as links). */
    public TrainingReport withLink(String url) {
        return new TrainingReport(ref, name, version, url, statusName, state, durationMillis, createdMillis, engine,
                flavor, logUrl, outputUrl, modelMetrics, systemMetrics, notes, failure, startedMillis, baseline, findings);
    }

    /** This report with other system metrics (for v2 jobs, read separately; see {@link ReportReader}); findings again by default. */
    public TrainingReport withSystemMetrics(SystemMetrics metrics) {
        return new TrainingReport(ref, name, version, link, statusName, state, durationMillis, createdMillis, engine,
                flavor, logUrl, outputUrl, modelMetrics, metrics, notes, failure, startedMillis, baseline, null);
    }

    /** This report compared with a baseline (null for none), its findings derived again with {@code thresholds}. */
    public TrainingReport withBaseline(ReportBaseline other, FindingThresholds thresholds) {
        return new TrainingReport(ref, name, version, link, statusName, state, durationMillis, createdMillis, engine,
                flavor, logUrl, outputUrl, modelMetrics, systemMetrics, notes, failure, startedMillis, other,
                EfficiencyFindings.of(systemMetrics, phases(), other == null ? null : other.durationMillis(), thresholds));
    }

    /** This report's findings derived again with other thresholds. */
    public TrainingReport withThresholds(FindingThresholds thresholds) {
        return withBaseline(baseline, thresholds);
    }

    /** Created, started, ran for. */
    public JobPhases phases() {
        return new JobPhases(createdMillis, startedMillis, durationMillis);
    }

    /** The time queued before the job started, or null when unknown. */
    public Long queuedMillis() {
        return phases().queuedMillis();
    }

    /** The report's own notes followed by the model and system metric notes. */
    public List<String> allNotes() {
        List<String> all = new ArrayList<>(notes);
        all.addAll(modelMetrics.notes());
        all.addAll(systemMetrics.notes());
        return all;
    }

    /** A title for people: the name (and version), else the reference. */
    public String title() {
        if (name == null || name.isBlank()) {
            return ref.toString();
        }
        return version == null || version.isBlank() ? name : name + " " + version;
    }

    private static String nodes(int n) {
        return n + (n == 1 ? " node" : " nodes");
    }

    private static Long positive(Long millis) {
        return millis == null || millis <= 0 ? null : millis;
    }

    private static String join(String separator, String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + separator + b;
        }
        return hasA ? a : hasB ? b : null;
    }
}
