package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /v1/{project_id}/training-jobs}: {@code job_total_count} jobs match,
 * the project may have {@code job_count_limit} jobs, {@code quotas} training jobs may run, and this
 * page's {@link #jobs()} (never null).
 */
public record TrainingJobList(
        Boolean isSuccess,
        Long jobTotalCount,
        Long jobCountLimit,
        Long quotas,
        List<TrainingJobSummary> jobs,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobList {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
