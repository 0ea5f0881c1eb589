package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored v1 training job configuration ({@code /v1/{project_id}/training-job-configs}): a name,
 * a description and the fields of a job's {@code config}, all at the top level (there is no
 * {@code config} wrapper here).
 *
 * <p>The detail answer adds response-only fields: engine ({@code engine_type}, {@code engine_name},
 * {@code engine_version}), resource spec ({@code spec_code}, {@code gpu_type}, {@code gpu_num},
 * {@code cpu}, {@code core}), {@code create_time}, dataset and pool names and the NAS mount. The
 * list answer carries only name, description, time, engine and image fields.
 *
 * <p>Create one with {@link #of}. ModelArts has no call that starts a job from a configuration;
 * {@link #toTrainingJobConfig()} copies the request fields into a job {@code config} and drops the
 * response-only ones, which is what {@code JobsV1.createFromConfig} sends.
 */
public record JobConfig(
        Boolean isSuccess,
        String configName,
        String configDesc,
        Integer workerServerNum,
        String appUrl,
        String bootFileUrl,
        List<Parameter> parameter,
        String dataUrl,
        String datasetId,
        String datasetVersionId,
        List<DataSource> dataSource,
        Long specId,
        String poolId,
        Long engineId,
        Long modelId,
        String trainUrl,
        String logUrl,
        String userImageUrl,
        String userCommand,
        List<Volume> volumes,
        Long createTime,
        Long engineType,
        String engineName,
        String engineVersion,
        String specCode,
        String gpuType,
        Integer gpuNum,
        String cpu,
        String core,
        String datasetName,
        String datasetVersionName,
        String poolName,
        String nasMountPath,
        String nasShareAddr,
        String nasType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {
    public static final String WHAT = "Training job configuration";

    public JobConfig {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /** A configuration to create or update: a name, a description and a job's config fields. */
    public static JobConfig of(String configName, String configDesc, TrainingJobConfig config) {
        TrainingJobConfig c = Objects.requireNonNull(config, "config == null");
        return new JobConfig(null, configName, configDesc, c.workerServerNum(), c.appUrl(), c.bootFileUrl(), c.parameter(),
                c.dataUrl(), c.datasetId(), c.datasetVersionId(), c.dataSource(), c.specId(), c.poolId(), c.engineId(),
                c.modelId(), c.trainUrl(), c.logUrl(), c.userImageUrl(), c.userCommand(), c.volumes(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Map.of());
    }

    /**
     * The request fields as a job {@code config}: everything a job can be created from, without the
     * response-only fields. {@code create_version} is left to the server default.
     */
    public TrainingJobConfig toTrainingJobConfig() {
        return TrainingJobConfig.builder()
                .workerServerNum(workerServerNum)
                .appUrl(appUrl)
                .bootFileUrl(bootFileUrl)
                .parameter(parameter)
                .dataUrl(dataUrl)
                .datasetId(datasetId)
                .datasetVersionId(datasetVersionId)
                .dataSource(dataSource)
                .specId(specId)
                .poolId(poolId)
                .engineId(engineId)
                .modelId(modelId)
                .trainUrl(trainUrl)
                .logUrl(logUrl)
                .userImageUrl(userImageUrl)
                .userCommand(userCommand)
                .volumes(volumes)
                .build();
    }

    /**
     * Every rule this configuration breaks as a create body: the name (1-20 letters, digits, '_' or
     * '-', {@link NameRules#configNameProblems}), the description (at most 256 characters) and the job config rules with the fields at the
     * top level ({@code spec_id}, not {@code config.spec_id}).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(NameRules.configNameProblems("config_name", configName));
        problems.addAll(updateProblems());
        return problems;
    }

    /** As {@link #problems()}, without the name, which an update takes from the path. */
    public List<String> updateProblems() {
        List<String> problems = new ArrayList<>(CreateTrainingJobRequest.descriptionProblems("config_desc", configDesc));
        problems.addAll(new TrainingJobConfigRules("").problems(toTrainingJobConfig()));
        return problems;
    }

    /** The create body: {@code config_name}, {@code config_desc} and the request fields, flat. */
    public ObjectNode createBody() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("config_name", configName);
        body.setAll(updateBody());
        return body;
    }

    /** The update body: as {@link #createBody()} without {@code config_name}, which goes in the path. */
    public ObjectNode updateBody() {
        ObjectNode body = Json.mapper().createObjectNode();
        if (configDesc != null) {
            body.put("config_desc", configDesc);
        }
        body.setAll((ObjectNode) Json.mapper().valueToTree(toTrainingJobConfig()));
        return body;
    }
}
