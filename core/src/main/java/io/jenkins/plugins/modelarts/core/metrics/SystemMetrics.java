package io.jenkins.plugins.modelarts.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A v1 version's {@code system_metric_list}: named series ({@code cpuUsage}, {@code memUsage},
 * {@code gpuUtil}, {@code gpuMemUsage}, disk and network rates) sampled every {@code interval}
 * minutes. Values that are not numbers (or are -1, the API's "no data") become null points.
 */
public record SystemMetrics(Map<String, List<Double>> series, Integer intervalMinutes, List<String> notes) {

    public SystemMetrics {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        series = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    public static SystemMetrics from(JsonNode list) {
        if (list == null || list.isNull() || list.isMissingNode() || !list.isObject()) {
            return new SystemMetrics(Map.of(), null, List.of("no system metrics reported"));
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : list.properties()) {
            if (field.getValue().isArray()) {
                List<Double> points = new ArrayList<>();
                for (JsonNode point : field.getValue()) {
                    OptionalDouble v = MetricValues.number(point);
                    points.add(v.isPresent() && v.getAsDouble() != -1 ? v.getAsDouble() : null);
                }
                series.put(field.getKey(), points);
            }
        }
        OptionalDouble interval = MetricValues.number(list.get("interval"));
        List<String> notes = series.isEmpty() ? List.of("no system metric series reported") : List.of();
        return new SystemMetrics(series, interval.isPresent() ? (int) interval.getAsDouble() : null, notes);
    }

    /** Highest point of a series, ignoring missing points. */
    public OptionalDouble peak(String name) {
        return series.getOrDefault(name, List.of()).stream()
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max();
    }
}
