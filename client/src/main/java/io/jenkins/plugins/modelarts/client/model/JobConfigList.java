package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /v1/{project_id}/training-job-configs}: how many configurations match
 * ({@code config_total_count}) and this page's {@link #configs()} (never null), each with name,
 * description, creation time, engine and image fields only.
 */
public record JobConfigList(
        Boolean isSuccess,
        Long configTotalCount,
        List<JobConfig> configs,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public JobConfigList {
        configs = configs == null ? List.of() : List.copyOf(configs);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
