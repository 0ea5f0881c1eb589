package io.jenkins.plugins.modelarts.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.model.Parameter;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one rule for starting a job from a stored (or sample) training job configuration with
 * overrides, shared by the CLI's {@code train --config} and the plugin's {@code configName}:
 * <ul>
 *   <li>a field the overrides set replaces the configuration's; a field they leave out (null) keeps it;
 *   <li>{@code parameter} is merged by label: an override's label replaces that label's value where it
 *       stands, a new label is added at the end, the configuration's other labels are kept;
 *   <li>fields that exclude each other are replaced as a group, so that an override never leaves
 *       two of them set: any data source ({@code data_url}, {@code dataset_id} +
 *       {@code dataset_version_id}, {@code data_source}) replaces all three; {@code spec_id} or
 *       {@code pool_id} replaces both; {@code model_id} replaces {@code app_url},
 *       {@code boot_file_url} and {@code engine_id}, and {@code app_url} or {@code boot_file_url}
 *       replaces {@code model_id};
 *   <li>{@code volumes} is replaced as a whole list; fields this client does not know are added or
 *       replaced one by one.
 * </ul>
 * The result is checked with the job rules by whoever sends it.
 */
public final class ConfigOverrides {
    private ConfigOverrides() {}

    public static TrainingJobConfig apply(TrainingJobConfig stored, TrainingJobConfig overrides) {
        Objects.requireNonNull(stored, "stored == null");
        Objects.requireNonNull(overrides, "overrides == null");
        TrainingJobConfig.Builder out = stored.newBuilder();
        dataSource(out, overrides);
        resources(out, overrides);
        algorithm(out, overrides);
        set(overrides.workerServerNum(), out::workerServerNum);
        set(overrides.trainUrl(), out::trainUrl);
        set(overrides.logUrl(), out::logUrl);
        set(overrides.userImageUrl(), out::userImageUrl);
        set(overrides.userCommand(), out::userCommand);
        set(overrides.createVersion(), out::createVersion);
        set(overrides.volumes(), out::volumes);
        out.parameter(parameters(stored.parameter(), overrides.parameter()));
        for (Map.Entry<String, JsonNode> e : overrides.unknownFields().entrySet()) {
            out.unknownField(e.getKey(), e.getValue());
        }
        return out.build();
    }

    private static void dataSource(TrainingJobConfig.Builder out, TrainingJobConfig o) {
        if (o.dataUrl() != null || o.datasetId() != null || o.datasetVersionId() != null || o.dataSource() != null) {
            out.dataUrl(o.dataUrl()).datasetId(o.datasetId()).datasetVersionId(o.datasetVersionId()).dataSource(o.dataSource());
        }
    }

    private static void resources(TrainingJobConfig.Builder out, TrainingJobConfig o) {
        if (o.specId() != null || o.poolId() != null) {
            out.specId(o.specId()).poolId(o.poolId());
        }
    }

    private static void algorithm(TrainingJobConfig.Builder out, TrainingJobConfig o) {
        if (o.modelId() != null) {
            out.modelId(o.modelId()).appUrl(null).bootFileUrl(null).engineId(null);
        }
        if (o.appUrl() != null || o.bootFileUrl() != null) {
            out.modelId(null);
        }
        set(o.appUrl(), out::appUrl);
        set(o.bootFileUrl(), out::bootFileUrl);
        set(o.engineId(), out::engineId);
    }

    static List<Parameter> parameters(List<Parameter> stored, List<Parameter> overrides) {
        if (overrides == null) {
            return stored;
        }
        Map<String, Parameter> merged = new LinkedHashMap<>();
        List<Parameter> unlabelled = new ArrayList<>();
        for (List<Parameter> list : Arrays.asList(stored, overrides)) {
            if (list == null) {
                continue;
            }
            for (Parameter p : list) {
                if (p == null || p.label() == null) {
                    unlabelled.add(p); // kept, so that validation reports it
                } else {
                    merged.put(p.label(), p);
                }
            }
        }
        List<Parameter> result = new ArrayList<>(merged.values());
        result.addAll(unlabelled);
        return result;
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
