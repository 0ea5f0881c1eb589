package io.jenkins.plugins.modelarts.core.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One class's validation metrics ({@code precision}, {@code recall}, {@code accuracy}, ...), in the order
 * the service reported them (so rules, tables and reports list them the same way on every run). The name
 * and id are {@code ""} when the service did not report them.
 */
public record ClassMetrics(String className, String classId, Map<String, Double> values) {
    public ClassMetrics {
        className = className == null ? "" : className;
        classId = classId == null ? "" : classId;
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "metric name == null"), Objects.requireNonNull(v, k)));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The one place that decides which class in {@code others} is this class: the one with the same
     * name; when this class or the other has no name, the one with the same id. Two named classes with
     * different names are different classes, whatever their ids. Null when none is.
     */
    public ClassMetrics sameClassIn(List<ClassMetrics> others) {
        if (hasName()) {
            for (ClassMetrics o : others) {
                if (className.equals(o.className)) {
                    return o;
                }
            }
        }
        if (classId.isBlank()) {
            return null;
        }
        for (ClassMetrics o : others) {
            if ((!hasName() || !o.hasName()) && classId.equals(o.classId)) {
                return o;
            }
        }
        return null;
    }

    public boolean hasName() {
        return !className.isBlank();
    }
}
