package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.metrics.MetricOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The total model metrics (accuracy, precision, recall, f1_score, ...) of a series of builds, oldest
 * first, for a trend chart ({@link MetricTrendRenderer}). Immutable. A build may lack some metrics
 * or all of them; missing, null, NaN and infinite values are gaps, never zeros.
 *
 * <pre>{@code
 * MetricTrend trend = MetricTrend.of(List.of(
 *         new MetricTrend.Point("#11", Map.of("accuracy", 0.91)),
 *         new MetricTrend.Point("#12", Map.of("accuracy", 0.94, "f1_score", 0.92))));
 * String svg = new MetricTrendRenderer().svg(trend);
 * }</pre>
 */
public final class MetricTrend {
    private static final MetricTrend EMPTY = new MetricTrend(List.of());

    private final List<Point> points;
    private final List<String> metricNames;

    /**
     * One build's totals.
     *
     * @param label how the build is shown, such as {@code #12}
     * @param totals metric name to value; null means none
     */
    public record Point(String label, Map<String, Double> totals) {
        public Point {
            Objects.requireNonNull(label, "label == null");
            Map<String, Double> copy = new LinkedHashMap<>();
            if (totals != null) {
                totals.forEach((name, value) -> {
                    if (name != null) {
                        copy.put(name, value);
                    }
                });
            }
            totals = Collections.unmodifiableMap(copy);
        }

        /** The value of {@code metric}, or null when it is missing or not a finite number. */
        public Double value(String metric) {
            Double v = totals.get(metric);
            return v != null && Double.isFinite(v) ? v : null;
        }
    }

    private MetricTrend(List<Point> points) {
        this.points = List.copyOf(points);
        Set<String> names = new LinkedHashSet<>();
        for (Point p : this.points) {
            for (String name : p.totals().keySet()) {
                if (p.value(name) != null) {
                    names.add(name);
                }
            }
        }
        this.metricNames = List.copyOf(MetricOrder.of(names));
    }

    /** A trend over {@code points}, oldest first. */
    public static MetricTrend of(List<Point> points) {
        Objects.requireNonNull(points, "points == null");
        for (Point p : points) {
            if (p == null) {
                throw new IllegalArgumentException("points must not contain null");
            }
        }
        return new MetricTrend(points);
    }

    public static MetricTrend empty() {
        return EMPTY;
    }

    /** The builds, oldest first. */
    public List<Point> points() {
        return points;
    }

    /**
     * The metrics with at least one value, in a stable order: accuracy, precision, recall, f1_score
     * first, then the others alphabetically.
     */
    public List<String> metricNames() {
        return metricNames;
    }

    /** One value per build (null where the build has none), oldest first. */
    public List<Double> values(String metric) {
        List<Double> values = new ArrayList<>(points.size());
        for (Point p : points) {
            values.add(p.value(metric));
        }
        return Collections.unmodifiableList(values);
    }

    /** Whether there is anything to draw: at least one build with at least one value. */
    public boolean hasData() {
        return !metricNames.isEmpty();
    }

    @Override
    public String toString() {
        return "MetricTrend{" + points.size() + " builds, metrics=" + metricNames + "}";
    }
}
