package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The type, range and path-shape rules of a v2 create body, as the API documents its fields
 * (v2 job details and search: every field below is a String unless said otherwise): strings are
 * strings, lists are arrays, sections are objects, OBS locations look like {@code /bucket/path/} or
 * {@code obs://bucket/path/} without {@code .} or {@code ..} segments. Only fields that are present
 * are checked; which fields are required is {@link V2JobSpecValidator}'s business.
 */
final class V2SpecShapes {
    private static final List<String> METADATA_STRINGS = List.of("description", "workspace_id");
    private static final List<String> ALGORITHM_STRINGS = List.of("id", "name", "subscription_id", "item_version_id",
            "code_dir", "boot_file", "command", "local_code_dir", "working_dir", "autosearch_config_path",
            "autosearch_framework_path");
    private static final List<String> ENGINE_STRINGS = List.of("engine_id", "engine_name", "engine_version", "image_url");
    private static final List<String> RESOURCE_STRINGS = List.of("policy", "flavor_id", "pool_id");
    /** Pause units of spec.auto_stop, and at most how many of each (a week). */
    private static final Map<String, Integer> AUTO_STOP = Map.of("HOURS", 168, "MINUTES", 168 * 60);

    private V2SpecShapes() {}

    static void check(List<String> problems, JsonNode body) {
        JsonNode metadata = body.get("metadata");
        if (metadata != null && metadata.isObject()) {
            strings(problems, metadata, "metadata.", METADATA_STRINGS);
            stringMap(problems, metadata.get("annotations"), "metadata.annotations");
        }
        JsonNode algorithm = body.get("algorithm");
        if (algorithm != null && algorithm.isObject()) {
            algorithm(problems, algorithm);
        }
        JsonNode spec = body.get("spec");
        if (spec != null && !spec.isNull() && !spec.isObject()) {
            problems.add("spec is " + type(spec) + ": expected an object with resource");
        } else if (spec != null && spec.isObject()) {
            spec(problems, spec);
        }
    }

    private static void algorithm(List<String> problems, JsonNode algorithm) {
        strings(problems, algorithm, "algorithm.", ALGORITHM_STRINGS);
        String codeDir = obsOrFile(problems, algorithm.get("code_dir"), "algorithm.code_dir", false);
        String bootFile = obsOrFile(problems, algorithm.get("boot_file"), "algorithm.boot_file", true);
        if (codeDir != null && bootFile != null && !ObsPaths.isUnder(bootFile, codeDir)) {
            problems.add("algorithm.boot_file '" + bootFile + "' must lie in algorithm.code_dir '" + codeDir + "'");
        }
        JsonNode engine = algorithm.get("engine");
        if (present(engine) && !engine.isObject()) {
            problems.add("algorithm.engine is " + type(engine) + ": expected an object");
        } else if (present(engine)) {
            strings(problems, engine, "algorithm.engine.", ENGINE_STRINGS);
        }
        JsonNode parameters = array(problems, algorithm.get("parameters"), "algorithm.parameters");
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
            String at = "algorithm.parameters[" + i + "]";
            JsonNode p = parameters.get(i);
            if (!p.isObject()) {
                problems.add(at + " is " + type(p) + ": expected an object with name and value");
                continue;
            }
            if (!p.path("name").isTextual() || p.path("name").asText().isBlank()) {
                problems.add(at + ".name is required: a string");
            }
            JsonNode value = p.get("value");
            if (present(value) && !value.isValueNode()) {
                problems.add(at + ".value is " + type(value) + ": expected a string");
            }
        }
        channels(problems, algorithm.get("inputs"), "algorithm.inputs");
        channels(problems, algorithm.get("outputs"), "algorithm.outputs");
        JsonNode environments = algorithm.get("environments");
        if (present(environments) && !environments.isObject() && !environments.isArray()) {
            problems.add("algorithm.environments is " + type(environments) + ": expected an object of KEY: value");
        }
    }

    private static void channels(List<String> problems, JsonNode node, String at) {
        JsonNode list = array(problems, node, at);
        for (int i = 0; list != null && i < list.size(); i++) {
            String item = at + "[" + i + "]";
            JsonNode channel = list.get(i);
            if (!channel.isObject()) {
                problems.add(item + " is " + type(channel) + ": expected an object with name and remote");
                continue;
            }
            strings(problems, channel, item + ".", List.of("name", "description", "local_dir"));
            JsonNode remote = channel.get("remote");
            if (present(remote) && !remote.isObject()) {
                problems.add(item + ".remote is " + type(remote) + ": expected an object (obs or dataset)");
                continue;
            }
            JsonNode obs = remote == null ? null : remote.get("obs");
            if (present(obs)) {
                obsUrl(problems, obs, item + ".remote.obs");
            }
            JsonNode dataset = remote == null ? null : remote.get("dataset");
            if (present(dataset)) {
                if (dataset.isObject()) {
                    strings(problems, dataset, item + ".remote.dataset.", List.of("id", "version_id"));
                } else {
                    problems.add(item + ".remote.dataset is " + type(dataset) + ": expected an object with id and version_id");
                }
            }
        }
    }

    private static void spec(List<String> problems, JsonNode spec) {
        JsonNode resource = spec.get("resource");
        if (resource != null && resource.isObject()) {
            strings(problems, resource, "spec.resource.", RESOURCE_STRINGS);
        }
        JsonNode logs = spec.get("log_export_path");
        if (present(logs)) {
            obsUrl(problems, logs, "spec.log_export_path");
            JsonNode hostPath = logs.isObject() ? logs.get("host_path") : null;
            if (present(hostPath) && (!hostPath.isTextual() || !hostPath.asText().startsWith("/") || dotSegments(hostPath.asText()))) {
                problems.add("spec.log_export_path.host_path is " + shown(hostPath)
                        + ": expected an absolute path on the host without '.' or '..' segments");
            }
        }
        array(problems, spec.get("volumes"), "spec.volumes");
        JsonNode autoStop = spec.get("auto_stop");
        if (present(autoStop)) {
            autoStop(problems, autoStop);
        }
    }

    private static void autoStop(List<String> problems, JsonNode autoStop) {
        if (!autoStop.isObject()) {
            problems.add("spec.auto_stop is " + type(autoStop) + ": expected an object with time_unit and duration");
            return;
        }
        JsonNode unit = autoStop.get("time_unit");
        Integer max = unit != null && unit.isTextual() ? AUTO_STOP.get(unit.asText()) : null;
        if (max == null) {
            problems.add("spec.auto_stop.time_unit is " + shown(unit) + ": expected HOURS or MINUTES");
        }
        JsonNode duration = autoStop.get("duration");
        int limit = max == null ? Integer.MAX_VALUE : max;
        if (duration == null || !duration.isIntegralNumber() || !duration.canConvertToInt()
                || duration.asInt() < 1 || duration.asInt() > limit) {
            problems.add("spec.auto_stop.duration is " + shown(duration) + ": expected an integer from 1 to "
                    + (max == null ? "a week" : max));
        }
    }

    /** An object holding {@code obs_url}, an OBS directory. */
    private static void obsUrl(List<String> problems, JsonNode holder, String at) {
        if (!holder.isObject()) {
            problems.add(at + " is " + shown(holder) + ": expected an object such as {\"obs_url\": \"/bucket/path/\"}");
            return;
        }
        JsonNode url = holder.get("obs_url");
        if (!present(url)) {
            problems.add(at + ".obs_url is required: an OBS path such as " + ObsPaths.FORMS);
            return;
        }
        obsOrFile(problems, url, at + ".obs_url", false);
    }

    /** The path when it is a usable OBS (or, for code, {@code file://}) path, else null with a problem added. */
    private static String obsOrFile(List<String> problems, JsonNode node, String at, boolean file) {
        if (!present(node)) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(at + " is " + type(node) + ": expected a string, an OBS path such as " + ObsPaths.FORMS);
            return null;
        }
        String value = node.asText();
        if (value.startsWith("file://") && at.startsWith("algorithm.")) {
            return dotSegments(value) ? withProblem(problems, at + " '" + value + "' must not contain '.' or '..' segments") : null;
        }
        String problem = ObsPaths.problem(at, value, file);
        return problem == null ? value : withProblem(problems, problem);
    }

    private static String withProblem(List<String> problems, String problem) {
        problems.add(problem);
        return null;
    }

    private static boolean dotSegments(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static void strings(List<String> problems, JsonNode node, String at, List<String> fields) {
        for (String field : fields) {
            JsonNode v = node.get(field);
            if (present(v) && !v.isTextual()) {
                problems.add(at + field + " is " + type(v) + ": expected a string");
            }
        }
    }

    private static void stringMap(List<String> problems, JsonNode node, String at) {
        if (!present(node)) {
            return;
        }
        if (!node.isObject()) {
            problems.add(at + " is " + type(node) + ": expected an object of strings");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                problems.add(at + "." + e.getKey() + " is " + type(e.getValue()) + ": expected a string");
            }
        }
    }

    private static JsonNode array(List<String> problems, JsonNode node, String at) {
        if (!present(node)) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(at + " is " + type(node) + ": expected a list");
            return null;
        }
        return node;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** The JSON value as written, shortened: for messages about a wrong value. */
    private static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String type(JsonNode node) {
        String kind = switch (node.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> "null";
        };
        return node.isValueNode() ? kind + " (" + shown(node) + ")" : kind;
    }
}
