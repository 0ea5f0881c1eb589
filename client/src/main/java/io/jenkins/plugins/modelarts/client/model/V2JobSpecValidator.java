package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a v2 create body ({@code POST /v2/{project_id}/training-jobs}) as a user wrote it, before
 * it is sent. The body itself is sent unchanged; only these rules are checked, all at once:
 * <ul>
 *   <li>{@code kind}, if present, is a non-blank string ({@code job} by default);
 *   <li>{@code metadata.name}: 1-64 letters, digits, '_' or '-'; {@code metadata.description} at
 *       most 256 characters;
 *   <li>{@code algorithm} says what to run in one of four ways: {@code id} (an algorithm in
 *       algorithm management), {@code subscription_id} + {@code item_version_id} (a subscribed
 *       algorithm), {@code code_dir} + {@code boot_file} (code on OBS), or {@code engine.image_url}
 *       + {@code command} (a custom image); a half-given pair is reported;
 *   <li>{@code algorithm.engine}: {@code engine_name} and {@code engine_version} go together;
 *   <li>{@code spec.resource} names {@code flavor_id} or {@code pool_id}, and {@code node_count}
 *       is an integer of at least 1;
 *   <li>types, ranges and path shapes ({@link V2SpecShapes}): documented strings are strings, lists
 *       are arrays, sections are objects; OBS locations ({@code code_dir}, {@code boot_file} inside
 *       it, input and output {@code remote.obs.obs_url}, {@code spec.log_export_path.obs_url}) look
 *       like {@code /bucket/path/} or {@code obs://bucket/path/} without {@code .} or {@code ..}
 *       segments; {@code spec.auto_stop} is 1 to a week of HOURS or MINUTES.
 * </ul>
 */
public final class V2JobSpecValidator {
    public static final String WHAT = "Training job spec";

    private V2JobSpecValidator() {}

    /** Every problem of {@code body}; empty when it may be sent. */
    public static List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add("the body must be a JSON object with metadata, algorithm and spec");
            return problems;
        }
        JsonNode kind = body.get("kind");
        if (kind != null && (!kind.isTextual() || kind.asText().isBlank())) {
            problems.add("kind must be a non-blank string such as job, or left out");
        }
        metadata(problems, body.get("metadata"));
        algorithm(problems, body.get("algorithm"));
        spec(problems, body.get("spec"));
        V2SpecShapes.check(problems, body);
        return problems;
    }

    /** Throws {@link RequestValidationException} listing every problem. */
    public static void validate(JsonNode body) {
        List<String> problems = problems(body);
        if (!problems.isEmpty()) {
            throw new RequestValidationException(WHAT, problems);
        }
    }

    /** {@code metadata.name} of a body, or null. */
    public static String name(JsonNode body) {
        JsonNode name = body == null ? null : body.path("metadata").get("name");
        return name != null && name.isTextual() ? name.asText() : null;
    }

    private static void metadata(List<String> problems, JsonNode metadata) {
        if (!isObject(metadata)) {
            problems.add("metadata is required: an object with at least a name");
            return;
        }
        JsonNode name = metadata.get("name");
        if (name != null && !name.isNull() && !name.isTextual()) {
            problems.add("metadata.name is " + name + ": expected a string of 1-64 letters, digits, '_' or '-'");
        } else {
            problems.addAll(NameRules.problems("metadata.name", name == null || name.isNull() ? null : name.asText()));
        }
        JsonNode description = metadata.get("description");
        if (description != null && description.isTextual()) {
            problems.addAll(CreateTrainingJobRequest.descriptionProblems("metadata.description", description.asText()));
        }
    }

    private static void algorithm(List<String> problems, JsonNode algorithm) {
        if (!isObject(algorithm)) {
            problems.add("algorithm is required: set id, subscription_id + item_version_id, code_dir + boot_file,"
                    + " or engine.image_url + command");
            return;
        }
        JsonNode engine = algorithm.path("engine");
        boolean id = has(algorithm, "id");
        boolean subscription = pair(problems, algorithm, "algorithm.", "subscription_id", "item_version_id");
        boolean code = has(algorithm, "code_dir") && has(algorithm, "boot_file");
        boolean image = has(engine, "image_url") && has(algorithm, "command");
        if (has(algorithm, "boot_file") && !has(algorithm, "code_dir")) {
            problems.add("algorithm.code_dir is required with algorithm.boot_file: the boot file lies in the code directory");
        }
        if (has(algorithm, "code_dir") && !has(algorithm, "boot_file") && !image) {
            problems.add("algorithm.boot_file is required with algorithm.code_dir, unless a custom image"
                    + " (engine.image_url) runs a command");
        }
        if (has(engine, "image_url") && !has(algorithm, "command") && !code) {
            problems.add("algorithm.command is required with algorithm.engine.image_url: the command that starts training");
        }
        if (id && subscription) {
            problems.add("algorithm.id and algorithm.subscription_id are both set: use one algorithm");
        }
        if (!id && !subscription && !code && !image && problems.stream().noneMatch(p -> p.startsWith("algorithm."))) {
            problems.add("algorithm says nothing to run: set id, subscription_id + item_version_id,"
                    + " code_dir + boot_file, or engine.image_url + command");
        }
        if (isObject(engine)) {
            pair(problems, engine, "algorithm.engine.", "engine_name", "engine_version");
        }
    }

    private static void spec(List<String> problems, JsonNode spec) {
        JsonNode resource = spec == null ? null : spec.get("resource");
        if (!isObject(resource)) {
            problems.add("spec.resource is required: flavor_id (public pool) or pool_id, and node_count");
            return;
        }
        if (!has(resource, "flavor_id") && !has(resource, "pool_id")) {
            problems.add("spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)");
        }
        JsonNode nodes = resource.get("node_count");
        if (nodes == null || nodes.isNull()) {
            problems.add("spec.resource.node_count is required: the number of nodes, at least 1");
        } else if (!nodes.isIntegralNumber() || !nodes.canConvertToInt() || nodes.asInt() < 1) {
            problems.add("spec.resource.node_count is " + nodes + ": expected an integer, at least 1");
        }
    }

    /** Reports a half-given pair; true when both are given. */
    private static boolean pair(List<String> problems, JsonNode node, String at, String a, String b) {
        boolean hasA = has(node, a);
        boolean hasB = has(node, b);
        if (hasA != hasB) {
            problems.add(at + (hasA ? b : a) + " is required with " + at + (hasA ? a : b));
        }
        return hasA && hasB;
    }

    private static boolean has(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }
}
