package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The answer to a v1 job creation (also to creating a version): the new job's id and first
 * version. The vendor sends the numbers as strings ({@code "job_id": "10"}); they are read as
 * numbers. {@code version_id} and {@code version_name} are absent when no version was created
 * ({@code create_version: false}). {@code error_code} and {@code error_message} appear only in a
 * failed answer, which the client reports as an {@code ApiException} instead.
 *
 * <p>When {@code JobsV1.create} re-attaches to a job an ambiguous failure had already created, this
 * record is assembled from the job list and the version detail rather than read from the wire.
 */
public record CreateTrainingJobResponse(
        Boolean isSuccess,
        String errorCode,
        String errorMessage,
        long jobId,
        String jobName,
        int status,
        Long createTime,
        Long versionId,
        String versionName,
        String resourceId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public CreateTrainingJobResponse {
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
