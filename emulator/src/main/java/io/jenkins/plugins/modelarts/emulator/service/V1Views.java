package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import java.time.Instant;

/** Renders v1 jobs and versions in the vendor's shapes (seed 002 and the version-detail page). */
final class V1Views {
    private V1Views() {}

    /**
     * A version as the versions list (metric lists as JSON-encoded strings) or the detail (system
     * metrics as an object) shows it, like the vendor's samples.
     */
    static ObjectNode version(V1Job job, V1Version v, Instant now, boolean detail) {
        ObjectNode out = Samples.JSON.createObjectNode();
        if (detail) {
            out.put("is_success", true);
            out.put("job_id", job.id);
            out.put("job_name", job.name);
            out.put("job_desc", job.desc);
        }
        JsonNode c = v.config();
        out.put("version_id", v.id());
        out.put("version_name", v.name());
        if (v.preVersionId() != null) {
            out.put("pre_version_id", v.preVersionId());
        }
        out.put("engine_type", 1);
        out.put("engine_name", "TensorFlow");
        out.put("engine_id", c.path("engine_id").asLong(1));
        out.put("engine_version", "TF-1.8.0-python3.6");
        out.put("status", v.run().v1Status());
        copy(c, out, "app_url", "boot_file_url", "parameter", "spec_id", "pool_id", "worker_server_num", "data_url",
                "train_url", "log_url", "dataset_id", "dataset_version_id", "data_source", "model_id",
                "user_image_url", "user_command", "volumes");
        out.put("create_time", v.run().createdAt().toEpochMilli());
        long duration = v.run().durationMillis(now);
        out.put("duration", duration);
        out.put("core", "2");
        out.put("cpu", "8");
        out.put("gpu", true);
        out.put("gpu_num", 1);
        out.put("gpu_type", "P100");
        java.time.Duration queued = v.run().script().queued();
        out.put("start_time", v.run().createdAt().toEpochMilli() + (queued == null ? 0 : queued.toMillis()));
        if (v.run().completed()) {
            String metrics = v.run().script().modelMetrics();
            out.put("model_metric_list", metrics != null ? metrics : Samples.modelMetrics().toString());
            JsonNode system = systemMetrics(v.run().script(), duration);
            if (detail) {
                out.set("system_metric_list", system);
            } else {
                out.put("system_metric_list", system.toString());
            }
        } else {
            out.put("model_metric_list", "");
            out.put("system_metric_list", "");
        }
        return out;
    }

    /** The scripted series of a completed job's running time, or a replay's recorded {@code system_metric_list}. */
    private static JsonNode systemMetrics(JobScript script, long duration) {
        String recorded = script.recording() == null ? null : script.recording().systemMetrics();
        if (recorded == null) {
            return Samples.systemMetrics((int) (duration / 60_000), script.systemProfile());
        }
        try {
            return Samples.JSON.readTree(recorded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fixture's system_metric_list was checked when it was loaded", e);
        }
    }

    static ObjectNode summary(V1Job job, V1Version latest, Instant now) {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("job_id", job.id);
        out.put("job_name", job.name);
        if (latest != null) { // null: a job created without a version
            out.put("version_id", latest.id());
        }
        out.put("status", latest == null ? 0 : latest.run().v1Status());
        out.put("create_time", job.createTime);
        out.put("duration", latest == null ? 0 : latest.run().durationMillis(now));
        out.put("job_desc", job.desc);
        out.put("version_count", job.versions.size());
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String f : fields) {
            if (from.has(f)) {
                to.set(f, from.get(f));
            }
        }
    }
}
