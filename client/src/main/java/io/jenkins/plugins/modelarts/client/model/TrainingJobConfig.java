package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code config} object of a v1 training job (create job, create version): what to run, on what
 * data, on which resources. Every field of the vendor's create API is here; null means "not sent".
 *
 * <p>The documented rules (checked by {@link #problems()}, all reported at once):
 * <ul>
 *   <li>{@code worker_server_num} is required, at least 1;
 *   <li>exactly one data source: {@code data_url}, or {@code dataset_id} with
 *       {@code dataset_version_id}, or {@code data_source[]};
 *   <li>exactly one of {@code spec_id} (public pool) or {@code pool_id} (dedicated pool);
 *   <li>with {@code model_id} (a built-in algorithm) leave out {@code app_url},
 *       {@code boot_file_url} and {@code engine_id}; without it {@code app_url} and
 *       {@code boot_file_url} are both required, the boot file inside the code directory;
 *   <li>OBS locations are {@code /bucket/path/} or {@code obs://bucket/path/};
 *   <li>ids are positive, parameter labels non-blank and unique, each volume one of {@code nfs} or
 *       {@code host_path} with its paths.
 * </ul>
 *
 * <p>Fields this client does not know are kept in {@link #unknownFields()} and sent as they are, so
 * a spec file written for a newer API still passes through. Build one with {@link #builder()};
 * derive a changed copy with {@link #newBuilder()}.
 */
public record TrainingJobConfig(
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
        Boolean createVersion,
        List<Volume> volumes,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobConfig {
        parameter = parameter == null ? null : immutableCopy(parameter);
        dataSource = dataSource == null ? null : immutableCopy(dataSource);
        volumes = volumes == null ? null : immutableCopy(volumes);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /** Every rule this config breaks, fields named {@code config.*}; empty when valid. */
    public List<String> problems() {
        return new TrainingJobConfigRules("config.").problems(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    private static <T> List<T> immutableCopy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list)); // keeps null entries, which validation reports
    }

    /** Assembles a {@link TrainingJobConfig}. It is validated as part of the request that carries it. */
    public static final class Builder {
        private Integer workerServerNum;
        private String appUrl;
        private String bootFileUrl;
        private List<Parameter> parameter;
        private String dataUrl;
        private String datasetId;
        private String datasetVersionId;
        private List<DataSource> dataSource;
        private Long specId;
        private String poolId;
        private Long engineId;
        private Long modelId;
        private String trainUrl;
        private String logUrl;
        private String userImageUrl;
        private String userCommand;
        private Boolean createVersion;
        private List<Volume> volumes;
        private Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

        private Builder() {}

        private Builder(TrainingJobConfig c) {
            workerServerNum = c.workerServerNum;
            appUrl = c.appUrl;
            bootFileUrl = c.bootFileUrl;
            parameter = c.parameter;
            dataUrl = c.dataUrl;
            datasetId = c.datasetId;
            datasetVersionId = c.datasetVersionId;
            dataSource = c.dataSource;
            specId = c.specId;
            poolId = c.poolId;
            engineId = c.engineId;
            modelId = c.modelId;
            trainUrl = c.trainUrl;
            logUrl = c.logUrl;
            userImageUrl = c.userImageUrl;
            userCommand = c.userCommand;
            createVersion = c.createVersion;
            volumes = c.volumes;
            unknownFields = new LinkedHashMap<>(c.unknownFields);
        }

        public Builder workerServerNum(Integer workerServerNum) {
            this.workerServerNum = workerServerNum;
            return this;
        }

        /** The code directory, {@code /bucket/code/}; goes with {@link #bootFileUrl}. */
        public Builder appUrl(String appUrl) {
            this.appUrl = appUrl;
            return this;
        }

        /** The boot file inside the code directory, {@code /bucket/code/train.py}. */
        public Builder bootFileUrl(String bootFileUrl) {
            this.bootFileUrl = bootFileUrl;
            return this;
        }

        public Builder parameter(List<Parameter> parameter) {
            this.parameter = parameter;
            return this;
        }

        public Builder parameters(Parameter... parameters) {
            return parameter(Arrays.asList(parameters));
        }

        /** Appends {@code label=value} to the running parameters. */
        public Builder addParameter(String label, String value) {
            List<Parameter> list = parameter == null ? new ArrayList<>() : new ArrayList<>(parameter);
            list.add(Parameter.of(label, value));
            parameter = list;
            return this;
        }

        public Builder dataUrl(String dataUrl) {
            this.dataUrl = dataUrl;
            return this;
        }

        public Builder datasetId(String datasetId) {
            this.datasetId = datasetId;
            return this;
        }

        public Builder datasetVersionId(String datasetVersionId) {
            this.datasetVersionId = datasetVersionId;
            return this;
        }

        public Builder dataSource(List<DataSource> dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder specId(Long specId) {
            this.specId = specId;
            return this;
        }

        public Builder poolId(String poolId) {
            this.poolId = poolId;
            return this;
        }

        public Builder engineId(Long engineId) {
            this.engineId = engineId;
            return this;
        }

        public Builder modelId(Long modelId) {
            this.modelId = modelId;
            return this;
        }

        public Builder trainUrl(String trainUrl) {
            this.trainUrl = trainUrl;
            return this;
        }

        public Builder logUrl(String logUrl) {
            this.logUrl = logUrl;
            return this;
        }

        public Builder userImageUrl(String userImageUrl) {
            this.userImageUrl = userImageUrl;
            return this;
        }

        public Builder userCommand(String userCommand) {
            this.userCommand = userCommand;
            return this;
        }

        public Builder createVersion(Boolean createVersion) {
            this.createVersion = createVersion;
            return this;
        }

        public Builder volumes(List<Volume> volumes) {
            this.volumes = volumes;
            return this;
        }

        /** Sends a field this client has no setter for, as it is. */
        public Builder unknownField(String name, JsonNode value) {
            unknownFields.put(name, value);
            return this;
        }

        public TrainingJobConfig build() {
            return new TrainingJobConfig(workerServerNum, appUrl, bootFileUrl, parameter, dataUrl, datasetId,
                    datasetVersionId, dataSource, specId, poolId, engineId, modelId, trainUrl, logUrl, userImageUrl,
                    userCommand, createVersion, volumes, unknownFields);
        }
    }
}
