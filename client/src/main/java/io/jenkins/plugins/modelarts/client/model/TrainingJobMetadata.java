package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * {@code metadata} of a v2 training job: the id ModelArts assigned (a UUID), the name (1-64 letters,
 * digits, '_' or '-'), workspace, description, creation time (epoch milliseconds), creator and the
 * advanced-configuration {@code annotations}.
 */
public record TrainingJobMetadata(
        String id,
        String name,
        String workspaceId,
        String description,
        Long createTime,
        String userName,
        Map<String, String> annotations,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobMetadata {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
