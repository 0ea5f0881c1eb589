package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /v1/{project_id}/training-jobs/{job_id}/versions}: the job's name and
 * description, how many versions it has in all ({@code version_count}), and this page's versions
 * (never null).
 */
public record TrainingJobVersionList(
        Boolean isSuccess,
        String errorCode,
        String errorMessage,
        Long jobId,
        String jobName,
        String jobDesc,
        Long versionCount,
        List<TrainingJobVersion> versions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobVersionList {
        versions = versions == null ? List.of() : List.copyOf(versions);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
