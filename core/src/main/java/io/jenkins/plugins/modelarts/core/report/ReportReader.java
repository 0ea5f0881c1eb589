package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.TaskMetrics;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what a report needs about one job: the status read ({@link TrainingJobs#read}) and, for a
 * v2 job, the runtime metrics of its first task ({@code worker-0}), which v2 reports separately.
 * A failed metrics read becomes a note in the report; a failed status read throws, as
 * {@link TrainingJobs#read} does.
 */
public final class ReportReader {
    private final TrainingJobs jobs;

    public ReportReader(TrainingJobs jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
    }

    public TrainingReport read(JobRef ref) {
        JobSnapshot snapshot = jobs.read(ref);
        TrainingReport report = TrainingReport.from(snapshot);
        if (snapshot.detail() instanceof TrainingJob job && job.status() != null
                && job.status().tasks() != null && !job.status().tasks().isEmpty()) {
            String task = job.status().tasks().get(0);
            try {
                TaskMetrics metrics = jobs.client().jobsV2().metrics(snapshot.ref().jobId(), task);
                report = report.withSystemMetrics(systemMetrics(metrics, task));
            } catch (ModelArtsException e) {
                report = report.withSystemMetrics(new SystemMetrics(Map.of(), null,
                        List.of("system metrics of task " + task + " could not be read: " + e.getMessage())));
            }
        }
        return report;
    }

    /** A v2 task's series as {@link SystemMetrics}: one point a minute, -1 as a missing point. */
    static SystemMetrics systemMetrics(TaskMetrics metrics, String task) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (TaskMetrics.Metric metric : metrics.metrics()) {
            if (metric.metric() == null) {
                continue;
            }
            List<Double> points = new ArrayList<>();
            for (double v : metric.value()) {
                points.add(v == TaskMetrics.Metric.NO_DATA || !Double.isFinite(v) ? null : v);
            }
            series.put(metric.metric(), points);
        }
        List<String> notes = new ArrayList<>();
        notes.add(series.isEmpty() ? "no system metrics reported for task " + task : "system metrics of task " + task);
        return new SystemMetrics(series, 1, notes);
    }
}
