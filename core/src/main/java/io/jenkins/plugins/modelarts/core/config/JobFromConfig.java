package io.jenkins.plugins.modelarts.core.config;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.util.Objects;

/**
 * A v1 job from a stored or sample training job configuration: ModelArts has no call for it, so the
 * configuration is read ({@code config_type} {@code custom} or {@code sample}), its request fields
 * are copied, the overrides applied by the {@link ConfigOverrides} rules, the SDK names resolved by
 * {@link NameResolver} (which also checks {@code worker_server_num} against the flavor's
 * {@code max_num}), and the whole request checked before anything is created.
 *
 * @param configType {@code custom} (or null) or {@code sample}
 * @param overrides fields to replace or add; {@code TrainingJobConfig.builder().build()} for none
 */
public record JobFromConfig(String configName, String configType, String jobName, String jobDesc, String workspaceId,
        TrainingJobConfig overrides, ResourceNames names) {

    public JobFromConfig {
        Objects.requireNonNull(configName, "configName == null");
        overrides = overrides == null ? TrainingJobConfig.builder().build() : overrides;
        names = names == null ? ResourceNames.none() : names;
    }

    /** Reads the configuration (and the catalog) and returns the checked request. */
    public JobSpec.V1 toSpec(ModelArtsClient client) {
        TrainingJobConfig stored = client.jobConfigs().get(configName, configType).toTrainingJobConfig();
        TrainingJobConfig merged = ConfigOverrides.apply(stored, overrides);
        TrainingJobConfig resolved = new NameResolver(client.catalog()).resolve(merged, names);
        return new JobSpec.V1(new CreateTrainingJobRequest(jobName, jobDesc, workspaceId, resolved).validate());
    }
}
