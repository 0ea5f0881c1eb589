package io.jenkins.plugins.modelarts.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.findings.Finding;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.MetricOrder;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link TrainingReport} as a JSON document (snake_case names, metric lists as objects,
 * missing points as {@code null}) and reads such a document back with {@link #parse}. The document
 * holds everything in the report:
 * <pre>
 * {"format": 1,
 *  "job": {"api": "V1", "id": "10", "version_id": 12, "name": ..., "version": ..., "link": ...},
 *  "status": {"name": "JOBSTAT_COMPLETED(10)", "state": "COMPLETED"},
 *  "duration_ms": ..., "created_ms": ..., "engine": ..., "flavor": ..., "log_url": ..., "output_url": ...,
 *  "model_metrics": {"totals": {"accuracy": 0.94, ...},
 *                    "classes": [{"class_name": "daisy", "class_id": "0", "values": {...}}], "notes": [...]},
 *  "system_metrics": {"interval_minutes": 1, "series": {"cpuUsage": [0.0, null, ...]}, "peaks": {...},
 *                     "units": {"cpuUsage": "%", "diskReadRate": "B/s"}, "notes": [...]},
 *  "started_ms": ..., "queued_ms": ...,
 *  "findings": [{"id": "gpu-underused", "level": "WARNING", "summary": ..., "evidence": {...}, "suggestion": ...}],
 *  "baseline": {"source": "build #41", "duration_ms": ..., "totals": [DELTA], "classes": [DELTA]},
 *      DELTA = {"class_name": ..., "metric": ..., "current": ..., "baseline": ..., "difference": ..., "change": "IMPROVED"}
 *  "notes": [...],
 *  "failure": {"secondary_phase": "Failed", "tasks": [{"task": "worker-0", "exit_code": 1, "message": ...}]},
 *  "gate": {"outcome": "OVERRIDDEN", "summary": ..., "rules": [{"name": ..., "actual": ..., "passed": false, "message": ...}],
 *           "notes": [...], "override": {"reason": ..., "by": ...}}}
 * </pre>
 * {@code failure} is present only for a failed v2 job, {@code gate} only when a release gate was
 * evaluated ({@link #render(TrainingReport, GateResult)}; its {@code override} is null unless the gate
 * was overridden); {@link #parse} reads neither back.
 * Absent values are {@code null}. Stateless and thread-safe.
 */
public final class JsonReportRenderer {
    /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The report as pretty-printed JSON. */
    public String render(TrainingReport report) {
        return render(report, null);
    }

    /** The report with a release gate's verdict ({@code gate} null for none) as pretty-printed JSON. */
    public String render(TrainingReport report, GateResult gate) {
        try {
            ObjectNode tree = toTree(report);
            GateSection.json(tree, gate);
            return ConsoleText.wellFormed(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a JSON tree. */
    public ObjectNode toTree(TrainingReport report) {
        Objects.requireNonNull(report, "report == null");
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ObjectNode job = root.putObject("job");
        job.put("api", report.ref().api().name()).put("id", report.ref().jobId()).put("version_id", report.ref().versionId());
        job.put("name", report.name()).put("version", report.version()).put("link", report.link());
        root.putObject("status").put("name", report.statusName()).put("state", report.state().name());
        root.put("duration_ms", report.durationMillis()).put("created_ms", report.createdMillis());
        root.put("engine", report.engine()).put("flavor", report.flavor());
        root.put("log_url", report.logUrl()).put("output_url", report.outputUrl());
        root.set("model_metrics", model(report.modelMetrics()));
        root.set("system_metrics", system(report.systemMetrics()));
        root.put("started_ms", report.startedMillis()).put("queued_ms", report.queuedMillis());
        findings(root.putArray("findings"), report.findings());
        if (report.baseline() != null) {
            ReportBaseline b = report.baseline();
            ObjectNode baseline = root.putObject("baseline").put("source", b.source()).put("duration_ms", b.durationMillis());
            deltas(baseline.putArray("totals"), ClassDeltas.totals(report.modelMetrics(), b.metrics()));
            deltas(baseline.putArray("classes"), ClassDeltas.of(report.modelMetrics(), b.metrics()));
        }
        strings(root.putArray("notes"), report.notes());
        if (report.failure() != null) {
            ObjectNode failure = root.putObject("failure").put("secondary_phase", report.failure().secondaryPhase());
            ArrayNode tasks = failure.putArray("tasks");
            for (JobFailure.Task t : report.failure().tasks()) {
                tasks.addObject().put("task", t.task()).put("exit_code", t.exitCode()).put("message", t.message());
            }
        }
        return root;
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode node = array.addObject().put("id", f.id()).put("level", f.level().name()).put("summary", f.summary());
            f.evidence().forEach(node.putObject("evidence")::put);
            node.put("suggestion", f.suggestion());
        }
    }

    private static void deltas(ArrayNode array, List<ClassDeltas.Delta> deltas) {
        for (ClassDeltas.Delta d : deltas) {
            array.addObject().put("class_name", d.className()).put("metric", d.metric()).put("current", d.current())
                    .put("baseline", d.baseline()).put("difference", d.difference()).put("change", d.change().name());
        }
    }

    private static ObjectNode model(ModelMetrics metrics) {
        ObjectNode node = JSON.createObjectNode();
        values(node.putObject("totals"), metrics.totals());
        ArrayNode classes = node.putArray("classes");
        for (ClassMetrics c : metrics.classes()) {
            ObjectNode entry = classes.addObject().put("class_name", c.className()).put("class_id", c.classId());
            values(entry.putObject("values"), c.values());
        }
        strings(node.putArray("notes"), metrics.notes());
        return node;
    }

    private static ObjectNode system(SystemMetrics metrics) {
        ObjectNode node = JSON.createObjectNode().put("interval_minutes", metrics.intervalMinutes());
        ObjectNode series = node.putObject("series");
        ObjectNode peaks = node.putObject("peaks");
        metrics.series().forEach((name, points) -> {
            ArrayNode array = series.putArray(name);
            points.forEach(array::add);
            metrics.peak(name).ifPresent(p -> peaks.put(name, p));
        });
        ObjectNode units = node.putObject("units");
        metrics.series().keySet().forEach(name -> units.put(name, MetricUnits.unitOf(name)));
        strings(node.putArray("notes"), metrics.notes());
        return node;
    }

    private static void values(ObjectNode node, Map<String, Double> values) {
        for (String name : MetricOrder.of(values.keySet())) {
            node.put(name, values.get(name));
        }
    }

    private static void strings(ArrayNode array, List<String> strings) {
        strings.forEach(array::add);
    }

    /**
     * Reads a document written by {@link #render} back into a report.
     *
     * @throws IllegalArgumentException when the text is not such a document
     */
    public TrainingReport parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON report: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("job").isObject() || !root.path("status").isObject()) {
            throw new IllegalArgumentException("not a JSON report: no job or status object");
        }
        JsonNode job = root.path("job");
        JobRef ref = new JobRef(JobRef.Api.valueOf(job.path("api").asText()), job.path("id").asText(),
                longOrNull(job.get("version_id")));
        return new TrainingReport(ref, text(job.get("name")), text(job.get("version")), text(job.get("link")),
                root.path("status").path("name").asText(), JobState.valueOf(root.path("status").path("state").asText()),
                longOrNull(root.get("duration_ms")), longOrNull(root.get("created_ms")), text(root.get("engine")),
                text(root.get("flavor")), text(root.get("log_url")), text(root.get("output_url")),
                parseModel(root.path("model_metrics")), parseSystem(root.path("system_metrics")),
                strings(root.path("notes")), parseFailure(root.get("failure")), longOrNull(root.get("started_ms")), null, null);
    }

    private static JobFailure parseFailure(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        List<JobFailure.Task> tasks = new ArrayList<>();
        for (JsonNode t : node.path("tasks")) {
            JsonNode code = t.get("exit_code");
            tasks.add(new JobFailure.Task(text(t.get("task")), code != null && code.canConvertToInt() ? code.intValue() : null,
                    text(t.get("message"))));
        }
        return new JobFailure(text(node.get("secondary_phase")), tasks);
    }

    private static ModelMetrics parseModel(JsonNode node) {
        List<ClassMetrics> classes = new ArrayList<>();
        for (JsonNode c : node.path("classes")) {
            classes.add(new ClassMetrics(text(c.get("class_name")), text(c.get("class_id")), values(c.path("values"))));
        }
        return new ModelMetrics(values(node.path("totals")), classes, strings(node.path("notes")));
    }

    private static SystemMetrics parseSystem(JsonNode node) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.path("series").properties()) {
            List<Double> points = new ArrayList<>();
            entry.getValue().forEach(p -> points.add(p.isNumber() ? p.doubleValue() : null));
            series.put(entry.getKey(), points);
        }
        JsonNode interval = node.get("interval_minutes");
        return new SystemMetrics(series, interval != null && interval.isNumber() ? interval.intValue() : null,
                strings(node.path("notes")));
    }

    private static Map<String, Double> values(JsonNode object) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getValue().isNumber()) {
                values.put(entry.getKey(), entry.getValue().doubleValue());
            }
        }
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asText()));
        return strings;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Long longOrNull(JsonNode node) {
        return node == null || !node.canConvertToLong() ? null : node.longValue();
    }
}
