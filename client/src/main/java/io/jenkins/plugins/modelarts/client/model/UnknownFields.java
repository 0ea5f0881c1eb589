package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable, order-keeping copies of the {@code unknownFields} maps of the records. */
final class UnknownFields {
    private UnknownFields() {}

    static Map<String, JsonNode> copyOf(Map<String, JsonNode> fields) {
        return fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
