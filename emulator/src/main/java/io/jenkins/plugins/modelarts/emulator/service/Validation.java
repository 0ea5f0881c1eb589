package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The documented create rules (seed 000 for v1, the v2 create body), checked the way the service
 * does before accepting a job. Every problem is collected and reported in one error.
 */
public final class Validation {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
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

    public static void checkConfigName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw EmulatorException.invalidV1("config_name must be 1-64 characters of letters, digits, _ and -");
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
