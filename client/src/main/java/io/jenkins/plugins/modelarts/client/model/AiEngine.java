package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One engine of {@code GET /v1/{project_id}/job/ai-engines?job_type=train}: the SDK's
 * {@code framework_type} is {@code engine_name}, its {@code framework_version} is
 * {@code engine_version}, and a job takes the pair as {@code engine_id}.
 */
public record AiEngine(
        Long engineId,
        String engineName,
        String engineVersion,
        Boolean v1Compatible,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public AiEngine {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
