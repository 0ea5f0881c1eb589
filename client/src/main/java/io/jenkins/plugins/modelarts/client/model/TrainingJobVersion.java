package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * One version of a v1 training job: an entry of {@code GET .../training-jobs/{job_id}/versions}
 * or the body of {@code GET .../versions/{version_id}} (which adds {@code is_success},
 * {@code job_id}, {@code job_name}, {@code job_desc} and {@code spec_code}).
 *
 * <p>{@link #status()} is the raw integer (0 when absent); {@link #v1Status()} names it and
 * {@link #state()} says what it means to a waiter. {@link #duration()} is in milliseconds,
 * {@link #createTime()} and {@link #startTime()} are epoch milliseconds.
 *
 * <p>{@link #modelMetricList()} and {@link #systemMetricList()} are JSON trees whatever the wire
 * form: the versions list sends them as JSON-encoded strings, the version detail as objects (see
 * {@link EmbeddedJsonDeserializer}). Null means no metrics; a text node means the server sent
 * something that is not JSON. Shapes:
 * <pre>
 * model_metric_list:  {"metric": [{"metric_values": {"recall", "precision", "accuracy"},
 *                                   "reserved_data": {}, "metric_meta": {"class_name", "class_id"}}],
 *                      "total_metric": {"total_metric_values": {"f1_score", "recall", "precision", "accuracy"}, ...}}
 * system_metric_list: {"cpuUsage": ["0", "3.10", ...], "memUsage": [...], "gpuUtil": [...], "interval": 1, ...}
 * </pre>
 * {@code core} and {@code cpu} are documented as strings but sampled as numbers; both read as text.
 */
public record TrainingJobVersion(
        Boolean isSuccess,
        Long jobId,
        String jobName,
        String jobDesc,
        Long versionId,
        String versionName,
        Long preVersionId,
        Long engineType,
        String engineName,
        Long engineId,
        String engineVersion,
        int status,
        String appUrl,
        String bootFileUrl,
        Long createTime,
        List<Parameter> parameter,
        Long duration,
        Long specId,
        String specCode,
        String core,
        String cpu,
        Boolean gpu,
        Integer gpuNum,
        String gpuType,
        Integer workerServerNum,
        String dataUrl,
        String trainUrl,
        String logUrl,
        String datasetVersionId,
        String datasetId,
        List<DataSource> dataSource,
        Long modelId,
        @JsonDeserialize(using = EmbeddedJsonDeserializer.class) JsonNode modelMetricList,
        @JsonDeserialize(using = EmbeddedJsonDeserializer.class) JsonNode systemMetricList,
        String userImageUrl,
        String userCommand,
        String resourceId,
        String datasetName,
        Long startTime,
        List<Volume> volumes,
        String datasetVersionName,
        String poolName,
        String poolId,
        String nasMountPath,
        String nasShareAddr,
        String nasType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobVersion {
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
