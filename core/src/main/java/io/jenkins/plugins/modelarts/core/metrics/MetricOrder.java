package io.jenkins.plugins.modelarts.core.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The one order in which metric names are listed: the usual ones first (accuracy, precision, recall,
 * f1_score), then the others alphabetically. Tables, JSON, trends and the release gate's rules use it,
 * so what they show does not depend on the order a map or the service gave the names in.
 */
public final class MetricOrder {
    private static final List<String> USUAL_METRICS = List.of("accuracy", "precision", "recall", "f1_score");

    private MetricOrder() {}

    /** {@code names} in that order. */
    public static List<String> of(Collection<String> names) {
        List<String> ordered = new ArrayList<>();
        for (String usual : USUAL_METRICS) {
            if (names.contains(usual)) {
                ordered.add(usual);
            }
        }
        new TreeSet<>(names).stream().filter(n -> !USUAL_METRICS.contains(n)).forEach(ordered::add);
        return ordered;
    }
}
