package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a job's parameters (v1 label/value, v2 name/value) into a map, for script steering. */
final class Parameters {
    private Parameters() {}

    static Map<String, String> of(JsonNode list, String keyField) {
        Map<String, String> map = new LinkedHashMap<>();
        for (JsonNode p : list) {
            if (p.hasNonNull(keyField)) {
                map.put(p.path(keyField).asText(), p.path("value").asText(""));
            }
        }
        return map;
    }
}
