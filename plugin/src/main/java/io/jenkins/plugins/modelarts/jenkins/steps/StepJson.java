package io.jenkins.plugins.modelarts.jenkins.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Step parameters that are lists of API objects ({@code dataSource}, {@code volumes}): bound as JSON
 * text with the API's own field names, which a Pipeline script may also pass as a list of maps
 * ({@link #text}). Read strictly: an unknown field is a problem, not silently dropped.
 */
final class StepJson {
    private static final ObjectMapper STRICT = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StepJson() {}

    /** A list or map a script passed, as JSON text; text stays as it is. */
    static Object text(Object value) {
        if (value == null || value instanceof CharSequence) {
            return value;
        }
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code json}, a JSON array, as a list of {@code type}; null when not given. Problems are added, not thrown. */
    static <T> List<T> list(String name, String json, Class<T> type, List<String> problems) {
        if (json == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(name + " is not JSON: " + e.getOriginalMessage());
            return null;
        }
        if (tree == null || !tree.isArray()) {
            problems.add(name + " must be a list (a JSON array) of objects with the API's field names");
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            try {
                items.add(STRICT.treeToValue(tree.get(i), type));
            } catch (JsonProcessingException e) {
                problems.add(name + "[" + i + "]: " + e.getOriginalMessage());
            }
        }
        return items;
    }
}
