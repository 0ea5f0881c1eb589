package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.config.ResourceNames;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Fields of a v1 job config given as flags, for {@code train --config} and {@code configs
 * create|update}: each one given replaces the value from the configuration or file
 * (core's {@code ConfigOverrides} rules), {@code --param} merges by label. The SDK's names
 * ({@code --flavor}, {@code --framework}, {@code --model-name}) are resolved to ids.
 */
final class ConfigFlags {
    @Option(names = "--workers", paramLabel = "N", description = "worker_server_num: how many workers (at most the flavor's max_num).")
    Integer workers;

    @Option(names = "--app-url", paramLabel = "OBS", description = "app_url: the code directory, /bucket/code/.")
    String appUrl;

    @Option(names = "--boot-file", paramLabel = "OBS", description = "boot_file_url: the boot file inside the code directory.")
    String bootFileUrl;

    @Option(names = "--data-url", paramLabel = "OBS", description = "data_url: the training data (replaces any data source).")
    String dataUrl;

    @Option(names = "--train-url", paramLabel = "OBS", description = "train_url: where the job writes its output.")
    String trainUrl;

    @Option(names = "--log-url", paramLabel = "OBS", description = "log_url: where the job writes its logs.")
    String logUrl;

    @Option(names = "--param", paramLabel = "LABEL=VALUE",
            description = "A running parameter; repeatable. Replaces the parameter of that label, or adds one.")
    List<String> params = new ArrayList<>();

    @Option(names = "--spec-id", paramLabel = "ID", description = "spec_id: the flavor's id (replaces spec_id and pool_id).")
    Long specId;

    @Option(names = "--flavor", paramLabel = "CODE",
            description = "The flavor by its code, e.g. modelarts.vm.gpu.p100 (the SDK's train_instance_type); resolved to spec_id.")
    String flavor;

    @Option(names = "--pool-id", paramLabel = "ID", description = "pool_id: a dedicated resource pool (replaces spec_id and pool_id).")
    String poolId;

    @Option(names = "--engine-id", paramLabel = "ID", description = "engine_id: the AI engine's id.")
    Long engineId;

    @Option(names = "--framework", paramLabel = "TYPE",
            description = "The engine by name, e.g. TensorFlow (the SDK's framework_type); with --framework-version, resolved to engine_id.")
    String frameworkType;

    @Option(names = "--framework-version", paramLabel = "VERSION",
            description = "The engine's version, e.g. TF-1.8.0-python3.6; may be left out when the framework has one version.")
    String frameworkVersion;

    @Option(names = "--model-id", paramLabel = "ID", description = "model_id: a built-in algorithm (replaces app_url, boot_file_url, engine_id).")
    Long modelId;

    @Option(names = "--model-name", paramLabel = "NAME", description = "A built-in algorithm by name (the SDK's model_name); resolved to model_id.")
    String modelName;

    @Option(names = "--user-image-url", paramLabel = "IMAGE", description = "user_image_url: a custom image in SWR.")
    String userImageUrl;

    @Option(names = "--user-command", paramLabel = "COMMAND",
            description = "user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py ...")
    String userCommand;

    /** The flags given, as a partial config; nulls for the flags not given. */
    TrainingJobConfig overrides() {
        TrainingJobConfig.Builder b = TrainingJobConfig.builder().workerServerNum(workers).appUrl(appUrl).bootFileUrl(bootFileUrl)
                .dataUrl(dataUrl).trainUrl(trainUrl).logUrl(logUrl).specId(specId).poolId(poolId).engineId(engineId)
                .modelId(modelId).userImageUrl(userImageUrl).userCommand(userCommand);
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param '" + p + "' must be LABEL=VALUE");
            }
            b.addParameter(p.substring(0, eq), p.substring(eq + 1));
        }
        return b.build();
    }

    ResourceNames names() {
        return new ResourceNames(flavor, frameworkType, frameworkVersion, modelName);
    }

    boolean isEmpty() {
        return overrides().equals(TrainingJobConfig.builder().build()) && names().isEmpty();
    }
}
