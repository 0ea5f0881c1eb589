package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One job of the v1 job list: the job and its newest version ({@code version_id}, whose
 * {@code status} and {@code duration} in milliseconds are shown), and how many versions it has.
 * {@link #status()} is 0 when absent.
 */
public record TrainingJobSummary(
        Long jobId,
        String jobName,
        Long versionId,
        int status,
        Long createTime,
        Long duration,
        String jobDesc,
        Long versionCount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobSummary {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /** The status code with its documented name. */
    public V1Status v1Status() {
        return new V1Status(status);
    }

    public JobState state() {
        return JobState.ofV1(status);
    }
}
