package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The documented create rules (seed 000 for v1, the v2 create body), checked the way the service
 * does before accepting a job. Every problem is collected and reported in one error.
 */
public final class Validation {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A new training job configuration's name (seed 003): 1-20 characters. */
    static final Pattern CONFIG_NAME = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern USER_COMMAND = Pattern.compile("bash(\\s+-[A-Za-z]+)*\\s+/home/work/run_train\\.sh(\\s.*)?",
            Pattern.DOTALL);
    private static final Pattern OBS_PATH = Pattern.compile("(obs://|/)[a-z0-9][a-z0-9.-]{2,62}(/.*)?");

    private Validation() {}

    public static void checkV1Create(JsonNode body) {
        List<String> problems = new ArrayList<>();
        name(problems, "job_name", body.path("job_name"));
        if (body.path("job_desc").asText("").length() > 256) {
            problems.add("job_desc must be at most 256 characters");
        }
        JsonNode config = body.path("config");
        if (!config.isObject()) {
            problems.add("config is required");
        } else {
            checkV1Config(problems, config);
        }
        fail(problems, EmulatorException::invalidV1);
    }

    static void checkV1Config(List<String> problems, JsonNode config) {
        if (!config.path("worker_server_num").canConvertToInt() || config.path("worker_server_num").asInt() < 1) {
            problems.add("config.worker_server_num is required and must be at least 1");
        }
        boolean dataUrl = present(config, "data_url");
        boolean dataset = present(config, "dataset_id") || present(config, "dataset_version_id");
        boolean dataSource = config.path("data_source").isArray() && !config.path("data_source").isEmpty();
        int sources = (dataUrl ? 1 : 0) + (dataset ? 1 : 0) + (dataSource ? 1 : 0);
        if (sources != 1) {
            problems.add("exactly one of config.data_url, config.dataset_id+dataset_version_id and config.data_source is required");
        }
        if (dataset && !(present(config, "dataset_id") && present(config, "dataset_version_id"))) {
            problems.add("config.dataset_id and config.dataset_version_id go together");
        }
        if (present(config, "spec_id") == present(config, "pool_id")) {
            problems.add("exactly one of config.spec_id and config.pool_id is required");
        }
        boolean model = present(config, "model_id");
        boolean app = present(config, "app_url");
        boolean boot = present(config, "boot_file_url");
        if (model && (app || boot)) {
            problems.add("config.model_id cannot be used with config.app_url or config.boot_file_url");
        } else if (!model && !(app && boot)) {
            problems.add("config.app_url and config.boot_file_url are required (unless config.model_id is set)");
        }
        for (String field : List.of("app_url", "boot_file_url", "data_url", "train_url", "log_url")) {
            if (present(config, field) && !OBS_PATH.matcher(config.path(field).asText()).matches()) {
                problems.add("config." + field + " must be an OBS path like /bucket/path/, got " + config.path(field).asText());
            }
        }
        checkDataSourceKinds(problems, config.path("data_source"));
        checkVolumes(problems, config);
        checkCustomImage(problems, config);
        checkCatalog(problems, config);
    }

    private static void checkDataSourceKinds(List<String> problems, JsonNode entries) {
        Set<String> types = new HashSet<>();
        entries.forEach(e -> types.add(e.path("type").asText("")));
        if (types.contains("obs") && types.contains("dataset")) {
            problems.add("config.data_source cannot mix obs and dataset entries");
        }
    }

    private static void checkVolumes(List<String> problems, JsonNode config) {
        boolean dedicated = present(config, "pool_id");
        for (JsonNode volume : config.path("volumes")) {
            if (volume.has("host_path") && !dedicated) {
                problems.add("config.volumes: host_path volumes are only supported in a dedicated resource pool (pool_id)");
                return;
            }
        }
    }

    private static void checkCustomImage(List<String> problems, JsonNode config) {
        if (!present(config, "user_command")) {
            return;
        }
        if (!present(config, "user_image_url")) {
            problems.add("config.user_command requires config.user_image_url");
        }
        if (!USER_COMMAND.matcher(config.path("user_command").asText().strip()).matches()) {
            problems.add("config.user_command must be bash /home/work/run_train.sh python /home/work/user-job-dir/app/{boot_file}");
        }
    }

    /** The flavor, engine and algorithm must exist; the workers at most the flavor's max_num. */
    private static void checkCatalog(List<String> problems, JsonNode config) {
        if (present(config, "spec_id")) {
            long specId = config.path("spec_id").asLong();
            Catalog.spec(specId).ifPresentOrElse(spec -> {
                int max = spec.path("max_num").asInt();
                if (config.path("worker_server_num").asInt() > max) {
                    problems.add("config.worker_server_num " + config.path("worker_server_num").asInt()
                            + " exceeds max_num " + max + " of spec " + spec.path("spec_code").asText());
                }
            }, () -> problems.add("config.spec_id " + specId + " does not exist"));
        }
        if (present(config, "engine_id") && Catalog.engine(config.path("engine_id").asLong()).isEmpty()) {
            problems.add("config.engine_id " + config.path("engine_id").asLong() + " does not exist");
        }
        if (present(config, "model_id") && Catalog.algorithm(config.path("model_id").asLong()).isEmpty()) {
            problems.add("config.model_id " + config.path("model_id").asLong() + " does not exist");
        }
    }

    public static void checkV2Create(JsonNode body) {
        List<String> problems = new ArrayList<>();
        name(problems, "metadata.name", body.path("metadata").path("name"));
        JsonNode algorithm = body.path("algorithm");
        boolean byId = present(algorithm, "id");
        boolean bySubscription = present(algorithm, "subscription_id") && present(algorithm, "item_version_id");
        boolean byCode = present(algorithm, "code_dir") && present(algorithm, "boot_file");
        boolean byImage = present(algorithm.path("engine"), "image_url") && present(algorithm, "command");
        if (!(byId || bySubscription || byCode || byImage)) {
            problems.add("algorithm needs id, subscription_id+item_version_id, code_dir+boot_file, or engine.image_url+command");
        }
        JsonNode resource = body.path("spec").path("resource");
        if (!present(resource, "flavor_id") && !present(resource, "pool_id")) {
            problems.add("spec.resource needs flavor_id or pool_id");
        }
        if (resource.has("node_count") && (!resource.path("node_count").isInt() || resource.path("node_count").asInt() < 1)) {
            problems.add("spec.resource.node_count must be an integer of at least 1");
        }
        fail(problems, EmulatorException::invalidV2);
    }

    /** A new configuration's name: 1-20 characters (seed 003); existing ones are addressed by up to 64. */
    public static void checkConfigName(String name) {
        if (name == null || !CONFIG_NAME.matcher(name).matches()) {
            throw EmulatorException.invalidV1("config_name must be 1-20 characters of letters, digits, _ and -");
        }
    }

    private static void name(List<String> problems, String field, JsonNode value) {
        if (!value.isTextual() || !NAME.matcher(value.asText()).matches()) {
            problems.add(field + " must be 1-64 characters of letters, digits, _ and -");
        }
    }

    static boolean present(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return !v.isMissingNode() && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
    }

    private static void fail(List<String> problems, Function<String, EmulatorException> error) {
        if (!problems.isEmpty()) {
            throw error.apply(String.join("; ", problems));
        }
    }
}
