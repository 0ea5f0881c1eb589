package io.jenkins.plugins.modelarts.jenkins.wait;

import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import io.jenkins.plugins.modelarts.jenkins.report.BuildReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values steps return to the Pipeline script: plain maps, lists, strings, numbers and booleans,
 * so they serialize with the program and read naturally in Groovy ({@code job.metrics.accuracy}).
 */
public final class StepResults {
    private StepResults() {}

    /** A job's identity and current state, as after submitting or a status read. */
    public static Map<String, Object> of(JobSnapshot snapshot) {
        Map<String, Object> map = identity(snapshot.ref());
        map.put("status", snapshot.statusName());
        map.put("state", snapshot.state().name());
        map.put("terminal", snapshot.isTerminal());
        map.put("durationMillis", snapshot.durationMillis());
        return map;
    }

    /** A job's identity alone, when its state could not be read. */
    public static Map<String, Object> of(JobRef ref) {
        return identity(ref);
    }

    /** A finished job: identity, state, metrics and, when a gate ran, its verdict. */
    public static Map<String, Object> of(TrainingReport report, GateResult gate) {
        Map<String, Object> map = identity(report.ref());
        map.put("jobName", report.name());
        map.put("versionName", report.version());
        map.put("status", report.statusName());
        map.put("state", report.state().name());
        map.put("terminal", report.state().isTerminal());
        map.put("durationMillis", report.durationMillis());
        map.put("logUrl", report.logUrl());
        map.put("trainUrl", report.outputUrl());
        map.put("metrics", new LinkedHashMap<>(report.modelMetrics().totals()));
        List<Map<String, Object>> classes = new ArrayList<>();
        for (ClassMetrics c : report.modelMetrics().classes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("className", c.className());
            row.put("classId", c.classId());
            row.putAll(c.values());
            classes.add(row);
        }
        map.put("classes", classes);
        map.put("systemMetrics", systemMetrics(report.systemMetrics()));
        map.put("notes", new ArrayList<>(report.allNotes()));
        if (report.failure() != null) {
            map.put("failure", failure(report.failure()));
        }
        if (gate != null) {
            Map<String, Object> gateMap = new LinkedHashMap<>(gate.toMap());
            gateMap.put("junitXml", BuildReports.junit(report, gate));
            map.put("gate", gateMap);
        }
        return map;
    }

    /** Each system metric series by name ({@code cpuUsage}, ...): its values, one per interval, null for a missing point. */
    static Map<String, Object> systemMetrics(SystemMetrics metrics) {
        Map<String, Object> map = new LinkedHashMap<>();
        metrics.series().forEach((name, points) -> map.put(name, new ArrayList<>(points)));
        return map;
    }

    /** {@code secondaryPhase} and {@code tasks} ({@code task}, {@code exitCode}, {@code message}) of a failed v2 job. */
    public static Map<String, Object> failure(JobFailure failure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("secondaryPhase", failure.secondaryPhase());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (JobFailure.Task t : failure.tasks()) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("task", t.task());
            task.put("exitCode", t.exitCode());
            task.put("message", t.message());
            tasks.add(task);
        }
        map.put("tasks", tasks);
        map.put("summary", failure.summary());
        return map;
    }

    /** A v1 version of job {@code jobId} as listed (list items may leave out the job id): identity, state, metrics. */
    public static Map<String, Object> of(long jobId, TrainingJobVersion version) {
        JobRef ref = JobRef.v1(jobId, version.versionId());
        return of(TrainingReport.from(TrainingJobs.snapshotOf(ref, version)), null);
    }

    /** Any API object as plain maps and lists with the API's own (snake_case) field names. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> plain(Object apiObject) {
        return new LinkedHashMap<>(Json.mapper().convertValue(apiObject, Map.class));
    }

    static Map<String, Object> identity(JobRef ref) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("api", ref.api().name().toLowerCase(java.util.Locale.ROOT));
        map.put("jobId", ref.jobId());
        map.put("versionId", ref.versionId());
        return map;
    }
}
