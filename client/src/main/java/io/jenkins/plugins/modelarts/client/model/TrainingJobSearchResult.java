package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One page of the v2 search: {@code total} jobs of the user, {@code count} of them matching, this
 * page's {@link #items()} (never null) and the paging and sorting the server applied.
 */
public record TrainingJobSearchResult(
        Integer total,
        Integer count,
        Integer limit,
        Integer offset,
        String sortBy,
        String order,
        String groupBy,
        String workspaceId,
        String aiProject,
        List<TrainingJob> items,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobSearchResult {
        items = items == null ? List.of() : List.copyOf(items);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
