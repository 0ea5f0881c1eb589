package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * {@code status} of a v2 training job. {@link #phase()} is the level-1 status to rely on (see
 * {@link #state()}); {@code secondary_phase} is internal detail the vendor may change. Durations and
 * times are milliseconds ({@code start_time} 0 before the start); {@link #tasks()} names the tasks
 * ({@code worker-0}, ...) that logs and metrics are read by. Lists are null when absent.
 */
public record TrainingJobStatus(
        String phase,
        String secondaryPhase,
        Long duration,
        Long startTime,
        List<List<Long>> nodeCountMetrics,
        List<String> tasks,
        List<TaskStatus> taskStatuses,
        List<RunningRecord> runningRecords,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobStatus {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    public JobState state() {
        return JobState.ofV2(phase);
    }

    /** How one task ended: its exit code and error message. */
    public record TaskStatus(String task, Integer exitCode, String message) {}

    /**
     * One run of the job and how it ended: times in epoch seconds, why it ended, which task caused
     * it and which fault-tolerance policy followed.
     */
    public record RunningRecord(
            Long startAt,
            Long endAt,
            String startType,
            String endReason,
            String endRelatedTask,
            String endRecover,
            String endRecoverBeforeDowngrade) {}
}
