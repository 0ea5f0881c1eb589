package io.jenkins.plugins.modelarts.core.metrics;

import java.util.Map;

/** One class's validation metrics ({@code precision}, {@code recall}, {@code accuracy}, ...). */
public record ClassMetrics(String className, String classId, Map<String, Double> values) {
    public ClassMetrics {
        values = Map.copyOf(values);
    }
}
