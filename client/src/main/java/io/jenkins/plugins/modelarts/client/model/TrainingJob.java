package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A v2 training job as {@code GET /v2/{project_id}/training-jobs/{id}}, the search, create and
 * terminate calls return it.
 *
 * <p>{@link #metadata()} and {@link #status()} are typed. {@link #algorithm()}, {@link #tasks()}
 * (heterogeneous jobs), {@link #spec()} and {@link #endpoints()} are large, varied trees kept as
 * they came, so printing the job back as JSON loses nothing; {@link #resource()} and
 * {@link #engine()} are typed views of the parts callers usually need.
 */
public record TrainingJob(
        String kind,
        TrainingJobMetadata metadata,
        TrainingJobStatus status,
        JsonNode algorithm,
        JsonNode tasks,
        JsonNode spec,
        JsonNode endpoints,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJob {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /** {@code metadata.id}, or null. */
    public String id() {
        return metadata == null ? null : metadata.id();
    }

    /** {@code metadata.name}, or null. */
    public String name() {
        return metadata == null ? null : metadata.name();
    }

    /** {@code status.phase}, or null. */
    public String phase() {
        return status == null ? null : status.phase();
    }

    /** What {@code status.phase} means to a waiter; {@link JobState#UNKNOWN} without a status. */
    public JobState state() {
        return JobState.ofV2(phase());
    }

    /** {@code spec.resource}: which flavor, pool and how many nodes; fields null when absent. */
    public Resource resource() {
        JsonNode r = spec == null ? null : spec.path("resource");
        return new Resource(text(r, "policy"), text(r, "flavor_id"), text(r, "flavor_name"),
                r != null && r.path("node_count").canConvertToInt() ? r.path("node_count").asInt() : null,
                text(r, "pool_id"));
    }

    /** {@code algorithm.engine}: engine id, name and version, or a custom image; fields null when absent. */
    public Engine engine() {
        JsonNode e = algorithm == null ? null : algorithm.path("engine");
        return new Engine(text(e, "engine_id"), text(e, "engine_name"), text(e, "engine_version"), text(e, "image_url"));
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = parent == null ? null : parent.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** A view of {@code spec.resource}. */
    public record Resource(String policy, String flavorId, String flavorName, Integer nodeCount, String poolId) {}

    /** A view of {@code algorithm.engine}. */
    public record Engine(String engineId, String engineName, String engineVersion, String imageUrl) {}
}
