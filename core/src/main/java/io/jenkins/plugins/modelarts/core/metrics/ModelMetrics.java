package io.jenkins.plugins.modelarts.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A v1 version's {@code model_metric_list}: totals ({@code accuracy}, {@code precision},
 * {@code recall}, {@code f1_score} when present) and per-class values.
 *
 * <p>Never fails: a missing, empty, malformed or partial list gives what could be read plus a note
 * in {@link #notes()} saying what was missing.
 */
public record ModelMetrics(Map<String, Double> totals, List<ClassMetrics> classes, List<String> notes) {

    public ModelMetrics {
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
    }

    /** Reads the (already un-embedded) {@code model_metric_list} tree; null means no data. */
    public static ModelMetrics from(JsonNode list) {
        List<String> notes = new ArrayList<>();
        if (list == null || list.isNull() || list.isMissingNode()
                || (list.isTextual() && list.asText().isBlank())) {
            return new ModelMetrics(Map.of(), List.of(), List.of("no model metrics reported"));
        }
        if (!list.isObject()) {
            return new ModelMetrics(Map.of(), List.of(), List.of("model metrics could not be read (not a JSON object)"));
        }
        Map<String, Double> totals =
                MetricValues.numericFields(list.path("total_metric").path("total_metric_values"), "id");
        if (totals.isEmpty()) {
            notes.add("no total metrics reported");
        }
        List<ClassMetrics> classes = new ArrayList<>();
        for (JsonNode entry : list.path("metric")) {
            JsonNode meta = entry.path("metric_meta");
            classes.add(new ClassMetrics(
                    text(meta.path("class_name")),
                    text(meta.path("class_id")),
                    MetricValues.numericFields(entry.path("metric_values"), null)));
        }
        return new ModelMetrics(totals, classes, notes);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    public boolean isEmpty() {
        return totals.isEmpty() && classes.isEmpty();
    }

    public OptionalDouble total(String name) {
        Double v = totals.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
