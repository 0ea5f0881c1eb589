package io.jenkins.plugins.modelarts.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stable hash of what a job trains, for reusing an earlier job with the same definition
 * (docs/cli.md "Training cache"). The normalised definition is: everything in the v1 {@code config}
 * (engine or image and command, flavor or pool, workers, code and boot file, data, dataset and
 * version, data sources, parameters, output, model, volumes, unknown fields) plus the workspace;
 * or, for a v2 body, everything but {@code metadata.name} and {@code metadata.description}.
 * Not part of it: the job's name and description, {@code log_url} (where logs go changes nothing
 * trained) and {@code create_version}. Normalising: object keys sorted, parameters sorted by label
 * (v2: name), data sources and volumes sorted, trailing slashes of paths dropped, text trimmed, and
 * the defaults written out ({@code worker_server_num} 1, {@code workspace_id} "0").
 *
 * <p>The fingerprint is the first 16 hex digits of the SHA-256 of
 * {@code "modelarts-training/1\n" + canonical JSON}; the "1" changes whenever the normalisation does.
 */
public final class TrainingFingerprint {
    static final String PREFIX = "modelarts-training/1\n";
    private static final Set<String> V1_IGNORED = Set.of("log_url", "create_version");
    private static final Set<String> SORTED_ARRAYS = Set.of("parameter", "parameters", "data_source", "volumes", "inputs", "outputs");

    private TrainingFingerprint() {}

    /** The 16 hex digit fingerprint of a spec. */
    public static String of(JobSpec spec) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((PREFIX + canonical(spec)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The normalised definition as canonical JSON (sorted keys, no spaces): what {@link #of} hashes. */
    public static String canonical(JobSpec spec) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (spec instanceof JobSpec.V1 v1) {
            ObjectNode config = v1.request().config() == null ? JsonNodeFactory.instance.objectNode()
                    : Json.mapper().valueToTree(v1.request().config());
            V1_IGNORED.forEach(config::remove);
            if (config.path("worker_server_num").isMissingNode() || config.path("worker_server_num").isNull()) {
                config.put("worker_server_num", 1);
            }
            String workspace = v1.request().workspaceId();
            root.put("api", "v1");
            root.put("workspace_id", workspace == null || workspace.isBlank() ? "0" : workspace.trim());
            root.set("config", config);
        } else {
            ObjectNode body = ((JobSpec.V2) spec).body().deepCopy();
            if (body.path("metadata") instanceof ObjectNode metadata) {
                metadata.remove("name");
                metadata.remove("description");
                if (!metadata.hasNonNull("workspace_id")) {
                    metadata.put("workspace_id", "0");
                }
            }
            root.put("api", "v2");
            root.set("body", body);
        }
        return write(normalise(null, root));
    }

    private static JsonNode normalise(String field, JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    fields.put(e.getKey(), normalise(e.getKey(), e.getValue()));
                }
            });
            fields.forEach(sorted::set);
            return sorted;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normalise(null, item)));
            if (field != null && SORTED_ARRAYS.contains(field)) {
                items.sort(Comparator.comparing(TrainingFingerprint::sortKey));
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(array::add);
            return array;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(path(node.asText().trim()));
        }
        return node;
    }

    /** Parameters sort by label (v1) or name (v2); other items by their canonical text. */
    private static String sortKey(JsonNode item) {
        String label = item.path("label").asText(item.path("name").asText(""));
        return label + "\u0000" + write(item);
    }

    /** {@code /bucket/data/} and {@code /bucket/data} name the same folder; so do OBS URLs. */
    static String path(String text) {
        boolean isPath = text.startsWith("/") || text.startsWith("obs://") || text.startsWith("s3://");
        String p = text;
        while (isPath && p.length() > 1 && p.endsWith("/") && !p.endsWith("://")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }
}
