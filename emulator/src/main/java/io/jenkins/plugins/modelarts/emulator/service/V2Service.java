package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The v2 training-job API: create, detail, search, terminate, delete, log preview, metrics. Thread-safe. */
public final class V2Service {
    private record V2Job(String id, ObjectNode request, long createTime, TrainingRun run) {}

    /** The most a log preview returns, as documented: 5 MB. */
    static final int PREVIEW_CAP = 5 * 1024 * 1024;

    private final Map<String, V2Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;
    private final ScriptBook scripts;
    private final LogArchive logs;

    public V2Service(Clock clock, ScriptBook scripts, LogArchive logs) {
        this.clock = clock;
        this.scripts = scripts;
        this.logs = logs;
    }

    public synchronized ObjectNode create(JsonNode body) {
        Validation.checkV2Create(body);
        String name = body.path("metadata").path("name").asText();
        if (jobs.values().stream().anyMatch(j -> name(j).equals(name))) {
            throw new EmulatorException(400, "ModelArts.2751", "Duplicate training job name: " + name);
        }
        String id = new UUID(0x3faf5c03aaa14cbeL, 0x8000000000000000L | ids.incrementAndGet()).toString();
        var script = scripts.scriptFor(name, Parameters.of(body.path("algorithm").path("parameters"), "name"));
        V2Job job = new V2Job(id, ((ObjectNode) body).deepCopy(), clock.millis(), new TrainingRun(script, clock.instant()));
        jobs.put(id, job);
        return view(job);
    }

    public ObjectNode get(String id) {
        V2Job job = job(id);
        observe(job);
        return view(job);
    }

    public ObjectNode search(JsonNode body) {
        int limit = body.path("limit").asInt(10);
        int page = body.path("offset").asInt(0);
        if (limit < 1 || limit > 50 || page < 0) {
            throw EmulatorException.invalidV2("limit must be 1-50 and offset (a page index) at least 0");
        }
        List<V2Job> matching = new ArrayList<>();
        // a phase filter must see each job's phase as this read observes it, or a job that moves on with
        // this very read (Pending to Running) would be listed in a phase it is no longer in
        boolean byPhase = false;
        for (JsonNode f : body.path("filters")) {
            byPhase |= "phase".equals(f.path("key").asText());
        }
        for (V2Job job : jobs.values()) {
            if (byPhase) {
                observe(job);
            }
            if (matches(job, body.path("filters"))) {
                matching.add(job);
            }
        }
        Comparator<V2Job> byTime = Comparator.comparingLong(V2Job::createTime).thenComparing(V2Job::id);
        matching.sort("asc".equals(body.path("order").asText("desc")) ? byTime : byTime.reversed());
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("total", jobs.size());
        out.put("count", matching.size());
        out.put("limit", limit);
        out.put("offset", page);
        out.put("sort_by", body.path("sort_by").asText("create_time"));
        out.put("order", body.path("order").asText("desc"));
        out.put("group_by", body.path("group_by").asText(""));
        out.put("workspace_id", "0");
        out.put("ai_project", "default-ai-project");
        ArrayNode items = out.putArray("items");
        boolean observed = byPhase;
        matching.stream().skip((long) page * limit).limit(limit).forEach(j -> {
            if (!observed) {
                observe(j);
            }
            items.add(view(j));
        });
        return out;
    }

    private boolean matches(V2Job job, JsonNode filters) {
        for (JsonNode f : filters) {
            List<String> values = new ArrayList<>();
            f.path("value").forEach(v -> values.add(v.asText()));
            values.removeIf(String::isEmpty);
            if (values.isEmpty()) {
                continue;
            }
            String actual = switch (f.path("key").asText()) {
                case "name" -> name(job);
                case "phase" -> job.run().v2Phase();
                case "kind" -> job.request().path("kind").asText("job");
                default -> null;
            };
            if (actual == null) {
                continue;
            }
            boolean hit = switch (f.path("operator").asText()) {
                case "like" -> values.stream().anyMatch(actual::contains);
                case "not" -> values.stream().noneMatch(v -> v.equalsIgnoreCase(actual));
                default -> values.stream().anyMatch(v -> v.equalsIgnoreCase(actual));
            };
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    public ObjectNode terminate(String id, JsonNode body) {
        if (!"terminate".equals(body.path("action_type").asText())) {
            throw new EmulatorException(400, "ModelArts.2812", "Unsupported action type: " + body.path("action_type").asText());
        }
        V2Job job = job(id);
        if (!job.run().stop()) {
            throw new EmulatorException(400, "ModelArts.2813",
                    "Training job " + id + " can not be terminated in phase " + job.run().v2Phase());
        }
        return view(job);
    }

    public void delete(String id) {
        if (jobs.remove(job(id).id()) == null) {
            throw EmulatorException.v2JobNotFound(id);
        }
    }

    /**
     * A task's log as far as the run has written it: the whole log, or its newest {@value
     * #PREVIEW_CAP} bytes (cut at a character boundary) when larger. Sizes are UTF-8 bytes.
     */
    public ObjectNode logPreview(String id, String task) {
        V2Job job = job(id);
        int worker = task(job, task);
        List<String> lines = LogArchive.linesSoFar(name(job), worker, job.run(), clock.instant());
        byte[] log = (lines.isEmpty() ? "" : String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int from = Math.max(0, log.length - PREVIEW_CAP);
        while (from < log.length && (log[from] & 0xC0) == 0x80) {
            from++;
        }
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("content", new String(log, from, log.length - from, StandardCharsets.UTF_8));
        out.put("current_size", log.length - from);
        out.put("full_size", log.length);
        return out;
    }

    public ObjectNode metrics(String id, String task) {
        V2Job job = job(id);
        task(job, task);
        return Samples.taskMetrics((int) (job.run().durationMillis(clock.instant()) / 60_000));
    }

    private ObjectNode view(V2Job job) {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("kind", job.request().path("kind").asText("job"));
        ObjectNode meta = out.putObject("metadata");
        meta.put("id", job.id());
        meta.put("name", name(job));
        meta.put("description", job.request().path("metadata").path("description").asText(""));
        meta.put("create_time", job.createTime());
        meta.put("workspace_id", job.request().path("metadata").path("workspace_id").asText("0"));
        meta.put("user_name", "emulator");
        ObjectNode status = out.putObject("status");
        status.put("phase", job.run().v2Phase());
        status.put("secondary_phase", job.run().v2Phase());
        status.put("duration", job.run().durationMillis(clock.instant()));
        status.put("start_time", job.createTime());
        ArrayNode tasks = status.putArray("tasks");
        for (int i = 0; i < nodes(job); i++) {
            tasks.add("worker-" + i);
        }
        out.set("algorithm", job.request().path("algorithm").deepCopy());
        ObjectNode spec = job.request().path("spec").isObject() ? job.request().path("spec").deepCopy() : out.objectNode();
        out.set("spec", spec);
        return out;
    }

    private void observe(V2Job job) {
        job.run().observe(clock.instant());
        if (job.run().takeLogWrite()) {
            logs.archive(job.request().path("spec").path("log_export_path").path("obs_url").asText(null),
                    "modelarts-job-" + job.id(), name(job), nodes(job), job.run());
        }
    }

    private static int nodes(V2Job job) {
        return Math.max(1, job.request().path("spec").path("resource").path("node_count").asInt(1));
    }

    private static int task(V2Job job, String task) {
        String t = task.toLowerCase(Locale.ROOT);
        for (int i = 0; i < nodes(job); i++) {
            if (t.equals("worker-" + i)) {
                return i;
            }
        }
        throw EmulatorException.invalidV2("Task " + task + " does not exist in job " + job.id());
    }

    private static String name(V2Job job) {
        return job.request().path("metadata").path("name").asText();
    }

    private V2Job job(String id) {
        V2Job job = jobs.get(id);
        if (job == null) {
            throw EmulatorException.v2JobNotFound(id);
        }
        return job;
    }

    public void clear() {
        jobs.clear();
    }
}
