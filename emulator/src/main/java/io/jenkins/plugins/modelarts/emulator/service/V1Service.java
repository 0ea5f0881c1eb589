package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The v1 training-job API: create, list, versions, detail, stop, delete. Thread-safe. */
public final class V1Service {
    private final Map<Long, V1Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong();
    private final AtomicLong versionIds = new AtomicLong();
    private final Clock clock;
    private final ScriptBook scripts;
    private final LogArchive logs;

    public V1Service(Clock clock, ScriptBook scripts, LogArchive logs) {
        this.clock = clock;
        this.scripts = scripts;
        this.logs = logs;
    }

    public synchronized ObjectNode create(JsonNode body) {
        Validation.checkV1Create(body);
        String name = body.path("job_name").asText();
        if (jobs.values().stream().anyMatch(j -> j.name.equals(name))) {
            throw new EmulatorException(400, "ModelArts.0103", "Job name:" + name + " is existed");
        }
        V1Job job = new V1Job(jobIds.incrementAndGet(), name, body.path("job_desc").asText(""),
                body.path("workspace_id").asText("0"), clock.millis());
        // create_version: false (documented): the job is created without a version; nothing runs
        boolean withVersion = body.path("config").path("create_version").asBoolean(true);
        V1Version version = withVersion ? newVersion(job, (ObjectNode) body.path("config"), null) : null;
        jobs.put(job.id, job);
        return created(job, version);
    }

    public ObjectNode createVersion(long jobId, JsonNode body) {
        V1Job job = job(jobId);
        List<String> problems = new ArrayList<>();
        JsonNode config = body.path("config");
        if (!config.isObject()) {
            throw EmulatorException.invalidV1("config is required");
        }
        Validation.checkV1Config(problems, config);
        if (!problems.isEmpty()) {
            throw EmulatorException.invalidV1(String.join("; ", problems));
        }
        Long pre = job.latest() == null ? null : Long.valueOf(job.latest().id());
        if (config.hasNonNull("pre_version_id")) {
            pre = config.path("pre_version_id").asLong();
        }
        return created(job, newVersion(job, (ObjectNode) config, pre));
    }

    private V1Version newVersion(V1Job job, ObjectNode config, Long preVersionId) {
        long id = versionIds.incrementAndGet();
        String name = String.format("V%04d", job.versions.size() + 1);
        var script = scripts.scriptFor(job.name, Parameters.of(config.path("parameter"), "label"));
        V1Version version = new V1Version(id, name, preVersionId, config.deepCopy(), new TrainingRun(script, clock.instant()));
        job.versions.put(id, version);
        return version;
    }

    /** The create answer; without a version ({@code v} null) no {@code version_id}/{@code version_name}, status 0. */
    private ObjectNode created(V1Job job, V1Version v) {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        out.put("job_id", job.id);
        out.put("job_name", job.name);
        out.put("status", v == null ? 0 : v.run().v1Status());
        out.put("create_time", job.createTime);
        if (v != null) {
            out.put("version_id", v.id());
            out.put("version_name", v.name());
        }
        out.put("resource_id", "jobres" + job.id);
        return out;
    }

    public ObjectNode list(Integer status, int perPage, int page, String sortBy, String order, String search) {
        if (perPage < 1 || perPage > 1000 || page < 1 || page > 65535) {
            throw EmulatorException.invalidV1("per_page must be 1-1000 and page 1-65535");
        }
        List<V1Job> matching = new ArrayList<>();
        for (V1Job job : jobs.values()) {
            V1Version latest = job.latest();
            if (latest != null && status != null) {
                // a status filter must see each job's status as this read observes it (as the v2 search does)
                observe(job, latest);
            }
            int jobStatus = latest == null ? 0 : latest.run().v1Status();
            if ((status == null || jobStatus == status) && (search == null || job.name.contains(search))) {
                matching.add(job);
            }
        }
        Comparator<V1Job> by = "create_time".equals(sortBy)
                ? Comparator.<V1Job>comparingLong(j -> j.createTime).thenComparingLong(j -> j.id) // ids grow with creation
                : Comparator.comparing(j -> j.name);
        matching.sort("desc".equals(order) ? by.reversed() : by);
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        out.put("job_total_count", matching.size());
        out.put("job_count_limit", 500);
        out.put("quotas", 500);
        ArrayNode list = out.putArray("jobs");
        matching.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(j -> {
            if (status == null && j.latest() != null) {
                observe(j, j.latest()); // a status read of each job shown (JobScript), not of the whole project
            }
            list.add(V1Views.summary(j, j.latest(), clock.instant()));
        });
        return out;
    }

    public ObjectNode versions(long jobId, int perPage, int page) {
        V1Job job = job(jobId);
        List<V1Version> all = new ArrayList<>(job.versions.values());
        all.sort(Comparator.comparingLong(V1Version::id).reversed());
        List<V1Version> shown = page == 0 ? all : all.stream().skip((long) (page - 1) * perPage).limit(perPage).toList();
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        out.put("job_id", job.id);
        out.put("job_name", job.name);
        out.put("job_desc", job.desc);
        out.put("version_count", all.size());
        ArrayNode list = out.putArray("versions");
        for (V1Version v : shown) {
            observe(job, v);
            list.add(V1Views.version(job, v, clock.instant(), false));
        }
        return out;
    }

    public ObjectNode version(long jobId, long versionId) {
        V1Job job = job(jobId);
        V1Version v = version(job, versionId);
        observe(job, v);
        return V1Views.version(job, v, clock.instant(), true);
    }

    public ObjectNode stop(long jobId, long versionId) {
        V1Version v = version(job(jobId), versionId);
        if (!v.run().stop()) {
            throw new EmulatorException(400, "ModelArts.0105", "This job can't be stop. job status: " + v.run().v1Status());
        }
        return success();
    }

    public ObjectNode deleteJob(long jobId) {
        if (jobs.remove(job(jobId).id) == null) {
            throw EmulatorException.v1JobNotFound(jobId);
        }
        return success();
    }

    public ObjectNode deleteVersion(long jobId, long versionId) {
        V1Job job = job(jobId);
        job.versions.remove(version(job, versionId).id());
        if (job.versions.isEmpty()) {
            jobs.remove(jobId);
        }
        return success();
    }

    public ObjectNode logFileNames(long jobId, long versionId) {
        V1Job job = job(jobId);
        V1Version v = version(job, versionId);
        ObjectNode out = success();
        ArrayNode files = out.putArray("log_file_list");
        for (int w = 0; w < workers(v); w++) {
            files.add(job.name + "." + w);
        }
        return out;
    }

    /**
     * Log lines of one worker's file, as far as the run has written it. Lines are numbered from 1;
     * {@code start_line}/{@code end_line} are the numbers of the first and last line returned (as
     * strings). Without {@code base_line} the newest {@code lines} are returned; with it, as the API
     * documents, {@code order=desc} (the default) returns the lines after it, the next records (page
     * forwards with {@code base_line = end_line}; {@code base_line=0} starts at the first line) and
     * {@code asc} the lines before it, the previous records.
     */
    public ObjectNode aomLog(long jobId, long versionId, String logFile, int lines, String baseLine, String order) {
        V1Job job = job(jobId);
        V1Version v = version(job, versionId);
        int worker = workerOf(job, v, logFile);
        if (lines < 0 || lines > 500) {
            throw EmulatorException.invalidV1("lines must be 0-500");
        }
        List<String> all = LogArchive.linesSoFar(job.name, worker, v.run(), clock.instant());
        int from;
        int to;
        if (baseLine == null || baseLine.isEmpty()) {
            to = all.size();
            from = Math.max(0, to - lines);
        } else {
            int base = parseLine(baseLine);
            if ("asc".equals(order)) {
                to = Math.max(0, Math.min(base - 1, all.size()));
                from = Math.max(0, to - lines);
            } else {
                from = Math.min(base, all.size());
                to = Math.min(all.size(), from + lines);
            }
        }
        ObjectNode out = success();
        out.put("content", all.subList(from, to).isEmpty() ? "" : String.join("\n", all.subList(from, to)) + "\n");
        out.put("lines", to - from);
        out.put("start_line", String.valueOf(from + 1));
        out.put("end_line", String.valueOf(to));
        return out;
    }

    private int workerOf(V1Job job, V1Version v, String logFile) {
        for (int w = 0; w < workers(v); w++) {
            if ((job.name + "." + w).equals(logFile)) {
                return w;
            }
        }
        throw EmulatorException.invalidV1("log_file " + logFile + " does not exist; ask log/file-names");
    }

    private static int parseLine(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw EmulatorException.invalidV1("base_line must be a line cursor from a previous answer, got " + s);
        }
    }

    static int workers(V1Version v) {
        return Math.max(1, v.config().path("worker_server_num").asInt(1));
    }

    private void observe(V1Job job, V1Version v) {
        v.run().observe(clock.instant());
        if (v.run().takeLogWrite()) {
            logs.archive(v.config().path("log_url").asText(null), "modelarts-job-" + job.id + "-" + v.name(), job.name,
                    workers(v), v.run());
        }
    }

    private V1Job job(long jobId) {
        V1Job job = jobs.get(jobId);
        if (job == null) {
            throw EmulatorException.v1JobNotFound(jobId);
        }
        return job;
    }

    private static V1Version version(V1Job job, long versionId) {
        V1Version v = job.versions.get(versionId);
        if (v == null) {
            throw EmulatorException.invalidV1("Version " + versionId + " of job " + job.id + " does not exist");
        }
        return v;
    }

    private static ObjectNode success() {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        return out;
    }

    public void clear() {
        jobs.clear();
    }
}
