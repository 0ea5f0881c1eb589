package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.JobConfigList;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.Objects;

/**
 * Stored v1 training job configurations ({@code /v1/{project_id}/training-job-configs}): reusable
 * job parameters under a name. Get it from {@link ModelArtsClient#jobConfigs()}; start a job from
 * one with {@link JobsV1#createFromConfig}.
 *
 * <p>Names are 1-64 letters, digits, '_' or '-' (some older vendor pages say 20; stay at or under
 * 20 to be safe with old regions). Bodies are checked before sending with the same rules as a job's
 * {@code config}. Immutable and thread-safe.
 */
public final class JobConfigs {
    private static final String PATH = "training-job-configs";

    private final ApiTransport transport;

    JobConfigs(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
    }

    /**
     * Stores a new configuration. The body is flat: {@code config_name}, {@code config_desc} and
     * the request fields; response-only fields of {@code config} are not sent. Not retried blindly.
     */
    public void create(JobConfig config) {
        Objects.requireNonNull(config, "config == null");
        Checks.of(JobConfig.WHAT).add(config.problems()).check();
        transport.execute(ApiRequest.post(ApiFamily.V1, PATH).body(config.createBody()).idempotent(false).build());
    }

    /** One page of configurations (name, description, time, engine and image fields only). */
    public JobConfigList list(JobConfigQuery query) {
        Objects.requireNonNull(query, "query == null");
        Checks.of(JobConfigQuery.WHAT).add(query.problems()).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V1, PATH)
                .query("per_page", query.perPage())
                .query("page", query.page())
                .query("sortBy", query.sortBy())
                .query("order", query.order())
                .query("search_content", query.searchContent())
                .query("config_type", query.configType())
                .build();
        return Responses.decode(call, transport.execute(call), JobConfigList.class);
    }

    /** The full configuration named {@code configName} (a custom one). */
    public JobConfig get(String configName) {
        return get(configName, null);
    }

    /** The full configuration named {@code configName}; {@code configType} {@code custom} (null) or {@code sample}. */
    public JobConfig get(String configName, String configType) {
        Checks.of(JobConfig.WHAT).name("config_name", configName).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V1, PATH, configName).query("config_type", configType).build();
        return Responses.decode(call, transport.execute(call), JobConfig.class);
    }

    /** Replaces the configuration named {@code configName}; {@code config}'s own name is ignored. */
    public void update(String configName, JobConfig config) {
        Objects.requireNonNull(config, "config == null");
        Checks.of(JobConfig.WHAT).name("config_name", configName).add(config.updateProblems()).check();
        transport.execute(ApiRequest.put(ApiFamily.V1, PATH, configName).body(config.updateBody()).build());
    }

    public void delete(String configName) {
        Checks.of(JobConfig.WHAT).name("config_name", configName).check();
        transport.execute(ApiRequest.delete(ApiFamily.V1, PATH, configName).build());
    }
}
