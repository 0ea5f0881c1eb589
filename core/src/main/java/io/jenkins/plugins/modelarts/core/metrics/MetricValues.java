package io.jenkins.plugins.modelarts.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads metric numbers the way the vendor sends them: JSON numbers or numeric strings. */
final class MetricValues {
    private MetricValues() {}

    /** A finite number from a number or numeric-string node; empty for anything else. */
    static OptionalDouble number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return OptionalDouble.empty();
        }
        if (node.isNumber()) {
            return finite(node.doubleValue());
        }
        if (node.isTextual()) {
            try {
                return finite(Double.parseDouble(node.asText().trim()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble finite(double d) {
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** The numeric fields of an object, in their order, skipping {@code skip} and non-numbers. */
    static Map<String, Double> numericFields(JsonNode object, String skip) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (object == null || !object.isObject()) {
            return values;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().equals(skip)) {
                number(field.getValue()).ifPresent(v -> values.put(field.getKey(), v));
            }
        }
        return values;
    }
}
