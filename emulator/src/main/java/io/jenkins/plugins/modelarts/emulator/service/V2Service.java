package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import io.jenkins.plugins.modelarts.emulator.Recording;
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

    /** The {@code user_id} of every emulated job (the search's {@code user_id} filter). */
    public static final String USER_ID = "emulator-user";
    /** Steers the message of a failed job's task status ({@code status.task_statuses[].message}). */
    public static final String FAILURE_MESSAGE = "emulator_failure_message";

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

    /** One page of the jobs {@code body} asks for, by the rules of {@link JobSearch}. */
    public ObjectNode search(JsonNode body) {
        JobSearch<V2Job> search = JobSearch.of(body, V2Service.this::field);
        List<V2Job> all = new ArrayList<>(jobs.values());
        // a phase filter must see each job's phase as this read observes it, or a job that moves on with
        // this very read (Pending to Running) would be listed in a phase it is no longer in
        boolean byPhase = false;
        for (JsonNode f : body.path("filters")) {
            byPhase |= "phase".equals(f.path("key").asText());
        }
        if (byPhase) {
            all.forEach(this::observe);
        }
        List<V2Job> matching = new ArrayList<>(all.stream().filter(search::matches).toList());
        matching.sort(search.comparator(Comparator.comparing(V2Job::id)));
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("total", all.size());
        out.put("count", matching.size());
        out.put("limit", search.limit());
        out.put("offset", search.page());
        out.put("sort_by", search.sortBy());
        out.put("order", search.order());
        out.put("group_by", search.groupBy());
        out.put("workspace_id", "0");
        out.put("ai_project", "default-ai-project");
        ArrayNode items = out.putArray("items");
        boolean observed = byPhase;
        matching.stream().skip((long) search.page() * search.limit()).limit(search.limit()).forEach(j -> {
            if (!observed) {
                observe(j); // a status read of each job shown (JobScript), as before the filters saw it
            }
            items.add(view(j));
        });
        return out;
    }

    /** A job's value for a search key ({@link JobSearch#KEYS}). */
    private String field(V2Job job, String key) {
        JsonNode request = job.request();
        return switch (key) {
            case "name" -> name(job);
            case JobSearch.CREATE_TIME -> Long.toString(job.createTime());
            case "phase" -> job.run().v2Phase();
            case "algorithm_name" -> request.path("algorithm").path("name").asText("");
            case "kind" -> request.path("kind").asText("job");
            case "user_id" -> USER_ID;
            case "runtime_type" -> request.path("metadata").path("annotations").path("runtime_type").asText("train");
            default -> throw new IllegalArgumentException("no search key " + key);
        };
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
        status.put("secondary_phase", secondaryPhase(job.run().v2Phase()));
        status.put("duration", job.run().durationMillis(clock.instant()));
        java.time.Duration queued = job.run().script().queued();
        status.put("start_time", job.createTime() + (queued == null ? 0 : queued.toMillis()));
        ArrayNode tasks = status.putArray("tasks");
        for (int i = 0; i < nodes(job); i++) {
            tasks.add("worker-" + i);
        }
        taskStatuses(job, status);
        out.set("algorithm", job.request().path("algorithm").deepCopy());
        ObjectNode spec = job.request().path("spec").isObject() ? job.request().path("spec").deepCopy() : out.objectNode();
        out.set("spec", spec);
        return out;
    }

    /** The level-2 status the vendor documents beside each phase. */
    private static String secondaryPhase(String phase) {
        return switch (phase) {
            case "Pending" -> "Queuing";
            case "Abnormal" -> "Lost";
            default -> phase;
        };
    }

    /**
     * A failed job's first worker exits 1 with a message (a replay's recorded one, the job's {@value
     * #FAILURE_MESSAGE} parameter, or a default); an abnormal (lost) job's first worker exits 137, its node lost.
     */
    private static void taskStatuses(V2Job job, ObjectNode status) {
        String phase = job.run().v2Phase();
        if (!phase.equals("Failed") && !phase.equals("Abnormal")) {
            return;
        }
        boolean failed = phase.equals("Failed");
        Recording recording = job.run().script().recording();
        String message = recording != null && recording.failureMessage() != null
                ? recording.failureMessage()
                : failed
                        ? Parameters.of(job.request().path("algorithm").path("parameters"), "name").getOrDefault(FAILURE_MESSAGE,
                                "Traceback (most recent call last): RuntimeError: emulated training failure")
                        : "The node running worker-0 was lost";
        ObjectNode task = status.putArray("task_statuses").addObject();
        task.put("task", "worker-0");
        task.put("exit_code", failed ? 1 : 137);
        task.put("message", message);
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
