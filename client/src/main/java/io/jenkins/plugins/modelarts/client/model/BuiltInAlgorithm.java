package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One algorithm of {@code GET /v1/{project_id}/built-in-algorithms}: the SDK's {@code model_name}
 * is {@code model_name}, and a job takes it as {@code model_id}.
 */
public record BuiltInAlgorithm(
        Long modelId,
        String modelName,
        String modelUsage,
        String modelDescription,
        Long engineId,
        String engineName,
        String engineVersion,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BuiltInAlgorithm {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
